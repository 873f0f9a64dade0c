// "SALARIÉS INSCRITS DE L'ENTREPRISE", in both company spaces (/entreprise and /adherent).
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { listEmployees } from "@/lib/people/list-employees";
import { employeeListQuery } from "@/lib/people/employee-list-params";
import { EmployeeTable } from "@/components/company/employee-table";

export async function EmployeesScreen({
  space,
  searchParams,
}: {
  space: CompanySpace;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const viewer = await requireSpace(space);
  const query = employeeListQuery(searchParams);
  const list = await listEmployees(viewer, query);
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">
        SALARIÉS INSCRITS DE L&apos;ENTREPRISE
      </h1>
      <EmployeeTable basePath={`/${space}/salaries`} query={query} {...list} />
    </section>
  );
}
