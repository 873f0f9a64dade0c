import { NewEmployeeScreen } from "@/app/(entreprise)/entreprise/salaries/nouveau/new-employee-screen";

export const metadata = { title: "Inscrire un nouveau salarié" };

export default function Page() {
  return <NewEmployeeScreen space="adherent" />;
}
