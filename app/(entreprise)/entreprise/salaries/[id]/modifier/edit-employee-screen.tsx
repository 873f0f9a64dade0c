// "Modifier un salarié", in both company spaces (/entreprise and /adherent).
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { AccessDeniedError } from "@/lib/auth/access";
import { getEmployeeForEdit } from "@/lib/people/manage-employee";
import { EmployeeEditForm } from "@/components/company/employee-edit-form";
import { HolderPhoto } from "@/components/people/holder-photo";
import { photoState } from "@/lib/people/photo";

export async function EditEmployeeScreen({ space, personId }: { space: CompanySpace; personId: string }) {
  const viewer = await requireSpace(space);
  const [employee, photo] = await Promise.all([getEmployeeForEdit(viewer, personId), photoState(viewer, personId)]).catch((e) => {
    if (e instanceof AccessDeniedError) notFound();
    throw e;
  });
  return (
    <section aria-labelledby="titre" className="grid max-w-xl gap-4">
      <h1 id="titre" className="text-2xl font-black">
        Modifier un salarié
      </h1>
      <EmployeeEditForm listPath={`/${space}/salaries`} employee={employee} />
      <HolderPhoto photo={photo.photo} pending={photo.pending} personId={personId} name={`${employee.firstName} ${employee.lastName}`} />
    </section>
  );
}
