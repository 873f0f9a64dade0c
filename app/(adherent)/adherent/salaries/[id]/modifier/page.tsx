import { EditEmployeeScreen } from "@/app/(entreprise)/entreprise/salaries/[id]/modifier/edit-employee-screen";

export const metadata = { title: "Modifier un salarié" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EditEmployeeScreen space="adherent" personId={(await params).id} />;
}
