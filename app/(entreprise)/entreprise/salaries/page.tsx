import { EmployeesScreen } from "./employees-screen";

export const metadata = { title: "Salariés inscrits" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EmployeesScreen space="entreprise" searchParams={await searchParams} />;
}
