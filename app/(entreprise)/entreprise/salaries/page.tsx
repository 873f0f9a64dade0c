import { requireSpace } from "@/lib/auth/guards";
import { listEmployees } from "@/lib/people/list-employees";
import { employeeListQuery } from "@/lib/people/employee-list-params";
import { EmployeeTable } from "@/components/company/employee-table";

export const metadata = { title: "Salariés inscrits" };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireSpace("entreprise");
  const query = employeeListQuery(await searchParams);
  const list = await listEmployees(viewer, query);
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">SALARIÉS INSCRITS DE L&apos;ENTREPRISE</h1>
      <EmployeeTable basePath="/entreprise/salaries" query={query} {...list} />
    </section>
  );
}
