import { EditEmployeeScreen } from "./edit-employee-screen";

export const metadata = { title: "Modifier un salarié" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EditEmployeeScreen space="entreprise" personId={(await params).id} />;
}
