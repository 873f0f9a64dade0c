// Issue 17, item 5: the administrator's own second factor: recovery codes left, and new ones.
import { requireSpace } from "@/lib/auth/guards";
import { recoveryCodesLeft, RECOVERY_CODE_COUNT } from "@/lib/auth/second-factor";
import { RenewRecoveryCodes } from "./renew-recovery-codes";

export const metadata = { title: "Sécurité du compte" };

export default async function AdminSecurityPage() {
  const viewer = await requireSpace("admin");
  const left = await recoveryCodesLeft(viewer);
  return (
    <section aria-labelledby="titre" className="grid max-w-2xl gap-5">
      <h1 id="titre" className="text-2xl font-black">
        SÉCURITÉ DU COMPTE
      </h1>
      <div className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-lg font-bold">Double authentification</h2>
        <p>
          Chaque connexion de ce compte ({viewer.email}) est confirmée par le code de votre application d&apos;authentification. Codes de
          secours encore utilisables : <strong>{left}</strong> sur {RECOVERY_CODE_COUNT}.
        </p>
        <p className="text-sm text-slate-700">
          Vous avez perdu votre liste ou utilisé plusieurs codes ? Générez-en une nouvelle : les anciens codes ne fonctionneront plus. Le
          code actuel de votre application vous est demandé.
        </p>
        <RenewRecoveryCodes />
      </div>
    </section>
  );
}
