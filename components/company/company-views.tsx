// The screens the subcontractor (/entreprise) and member company (/adherent) spaces share.
// Each route only names its space: the checks and the data come from the same place.
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { AccessDeniedError } from "@/lib/auth/access";
import { getCompanyInfo } from "@/lib/companies/company-info";
import { getEmployeeForEdit } from "@/lib/people/manage-employee";
import { listEmployees } from "@/lib/people/list-employees";
import { employeeListQuery } from "@/lib/people/employee-list-params";
import { CompanyInfoForm } from "@/components/company/company-info-form";
import { DomainChangeTool } from "@/components/company/domain-change-tool";
import { EmployeeEditForm } from "@/components/company/employee-edit-form";
import { EmployeeForm } from "@/components/company/employee-form";
import { EmployeeTable } from "@/components/company/employee-table";
import { createEmployeeAction } from "@/app/(entreprise)/entreprise/salaries/actions";

type CompanySpace = "entreprise" | "adherent";

export async function CompanyInformationView({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const c = await getCompanyInfo(viewer);
  return (
    <div className="grid min-w-0 gap-6">
      <h1 className="text-2xl font-black">INFORMATIONS DE L&apos;ENTREPRISE</h1>
      {c.memberNumber ? <p>N° adhérent : <strong className="font-mono">{c.memberNumber}</strong></p> : null}
      <CompanyInfoForm
        defaults={{
          useVat: !c.siret && Boolean(c.vatNumber),
          siret: c.siret ?? "",
          vatNumber: c.vatNumber ?? "",
          name: c.name,
          regions: c.regions,
          referentLastName: c.referentLastName,
          referentFirstName: c.referentFirstName,
          referentEmail: c.referentEmail,
          newPassword: "",
          passwordConfirmation: "",
        }}
      />
      <DomainChangeTool />
    </div>
  );
}

export async function EmployeesView({ space, searchParams }: { space: CompanySpace; searchParams: Record<string, string | string[] | undefined> }) {
  const viewer = await requireSpace(space);
  const query = employeeListQuery(searchParams);
  const list = await listEmployees(viewer, query);
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">SALARIÉS INSCRITS DE L&apos;ENTREPRISE</h1>
      <EmployeeTable basePath={`/${space}/salaries`} query={query} {...list} />
    </section>
  );
}

export async function NewEmployeeView({ space }: { space: CompanySpace }) {
  await requireSpace(space);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">INSCRIRE UN NOUVEAU SALARIÉ</h1>
      <EmployeeForm listPath={`/${space}/salaries`} action={createEmployeeAction} />
    </section>
  );
}

export async function EmployeeEditView({ space, personId }: { space: CompanySpace; personId: string }) {
  const viewer = await requireSpace(space);
  const employee = await getEmployeeForEdit(viewer, personId).catch((e) => {
    if (e instanceof AccessDeniedError) notFound();
    throw e;
  });
  return (
    <section aria-labelledby="titre" className="grid max-w-xl gap-4">
      <h1 id="titre" className="text-2xl font-black">Modifier un salarié</h1>
      <EmployeeEditForm listPath={`/${space}/salaries`} employee={employee} />
    </section>
  );
}
