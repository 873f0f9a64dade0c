import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { AccessDeniedError } from "@/lib/auth/access";
import { getEmployeeForEdit } from "@/lib/people/manage-employee";
import { EmployeeEditForm } from "@/components/company/employee-edit-form";

export const metadata = { title: "Modifier un salarié" };

export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("entreprise");
  const { id } = await params;
  const employee = await getEmployeeForEdit(viewer, id).catch((e) => {
    if (e instanceof AccessDeniedError) notFound();
    throw e;
  });
  return (
    <section aria-labelledby="titre" className="grid max-w-xl gap-4">
      <h1 id="titre" className="text-2xl font-black">Modifier un salarié</h1>
      <EmployeeEditForm listPath="/entreprise/salaries" employee={employee} />
    </section>
  );
}
