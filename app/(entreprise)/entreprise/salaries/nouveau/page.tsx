import { NewEmployeeScreen } from "./new-employee-screen";

export const metadata = { title: "Inscrire un nouveau salarié" };

export default function Page() {
  return <NewEmployeeScreen space="entreprise" />;
}
