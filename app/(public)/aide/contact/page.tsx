import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { identityOf } from "@/lib/help/support";
import { ContactForm } from "./contact-form";

export const metadata = { title: "Contacter l'assistance" };

export default async function ContactPage() {
  const viewer = await getCurrentUser();
  // a logged-in visitor is identified by the session: no proof of work to solve
  const identity = viewer ? identityOf(viewer) : null;
  return (
    <section aria-labelledby="titre" className="mx-auto grid max-w-2xl gap-4">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/aide" className="underline">
          Aide et assistance
        </Link>{" "}
        › Contacter l&apos;assistance
      </nav>
      <h1 id="titre" className="text-2xl font-black">
        Contacter l&apos;assistance
      </h1>
      <p className="text-slate-700">
        Avant d&apos;écrire, consultez la{" "}
        <Link href="/aide" className="font-semibold underline">
          foire aux questions
        </Link>
        &#8239;: la réponse s&apos;y trouve peut-être déjà. Un administrateur de la plateforme vous répondra par e-mail.
      </p>
      <ContactForm identity={identity} antibot={identity ? null : newChallenge()} />
    </section>
  );
}
