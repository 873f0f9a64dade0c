import { EmployeeEditView } from "@/components/company/company-views";

export const metadata = { title: "Modifier un salarié" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EmployeeEditView space="adherent" personId={(await params).id} />;
}
