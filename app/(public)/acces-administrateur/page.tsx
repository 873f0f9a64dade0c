import { LoginForm } from "@/components/login-form";

export const metadata = { title: "Accès administrateur" };

export default function AdminLoginPage() {
  return (
    <section className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
      <LoginForm title="ACCÈS ADMINISTRATEUR" identifierLabel="e-mail administrateur" />
    </section>
  );
}
