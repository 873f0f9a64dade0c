import { EmployeesScreen } from "@/app/(entreprise)/entreprise/salaries/employees-screen";

export const metadata = { title: "Salariés inscrits" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EmployeesScreen space="adherent" searchParams={await searchParams} />;
}
