import { requireSpace } from "@/lib/auth/guards";
import { EmployeeForm } from "@/components/company/employee-form";
import { createEmployeeAction } from "@/app/(entreprise)/entreprise/salaries/actions";

export const metadata = { title: "Inscrire un nouveau salarié" };

export default async function NewEmployeePage() {
  await requireSpace("entreprise");
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">INSCRIRE UN NOUVEAU SALARIÉ</h1>
      <EmployeeForm listPath="/entreprise/salaries" action={createEmployeeAction} />
    </section>
  );
}
