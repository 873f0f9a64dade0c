import { requireSpace } from "@/lib/auth/guards";
import { getCompanyInfo } from "@/lib/companies/company-info";
import { CompanyInfoForm } from "@/components/company/company-info-form";
import { DomainChangeTool } from "@/components/company/domain-change-tool";

export const metadata = { title: "Informations de l'entreprise" };

export default async function CompanyInformationPage() {
  const viewer = await requireSpace("entreprise");
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
