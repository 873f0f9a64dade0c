// "INSCRIRE UN NOUVEAU SALARIÉ", in both company spaces (/entreprise and /adherent).
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { createEmployeeAction } from "@/lib/people/actions";
import { EmployeeForm } from "@/components/company/employee-form";

export async function NewEmployeeScreen({ space }: { space: CompanySpace }) {
  await requireSpace(space);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        INSCRIRE UN NOUVEAU SALARIÉ
      </h1>
      <EmployeeForm listPath={`/${space}/salaries`} action={createEmployeeAction} />
    </section>
  );
}
