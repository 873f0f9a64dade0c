import { EmployeesView } from "@/components/company/company-views";

export const metadata = { title: "Salariés inscrits" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <EmployeesView space="entreprise" searchParams={await searchParams} />;
}
