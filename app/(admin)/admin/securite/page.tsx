// Issue 17, item 5: the administrator's own second factor: recovery codes left, and new ones.
import { requireSpace } from "@/lib/auth/guards";
import { listAdministrators, recoveryCodesLeft, RECOVERY_CODE_COUNT } from "@/lib/auth/second-factor";
import { formatDate, formatDateTime } from "@/lib/format";
import { RenewRecoveryCodes } from "./renew-recovery-codes";
import { Administrators } from "./reset-second-factor";

export const metadata = { title: "Sécurité du compte" };

export default async function AdminSecurityPage() {
  const viewer = await requireSpace("admin");
  const [left, administrators] = await Promise.all([recoveryCodesLeft(viewer), listAdministrators(viewer)]);
  return (
    <section aria-labelledby="titre" className="grid max-w-4xl gap-5">
      <h1 id="titre" className="text-2xl font-black">
        SÉCURITÉ DU COMPTE
      </h1>
      <div className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-lg font-bold">Double authentification</h2>
        <p>
          Chaque connexion de ce compte ({viewer.email}) est confirmée par le code de votre application d&apos;authentification. Codes de
          secours encore utilisables&#8239;: <strong>{left}</strong> sur {RECOVERY_CODE_COUNT}.
        </p>
        <p className="text-sm text-slate-700">
          Vous avez perdu votre liste ou utilisé plusieurs codes&#8239;? Générez-en une nouvelle&#8239;: les anciens codes ne fonctionneront
          plus. Le code actuel de votre application vous est demandé.
        </p>
        <RenewRecoveryCodes />
      </div>
      <div className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-lg font-bold">Administrateurs</h2>
        <p className="text-sm text-slate-700">
          Un administrateur a perdu son application d&apos;authentification et ses codes de secours&#8239;? Un autre administrateur peut
          réinitialiser sa double authentification.
        </p>
        <Administrators
          rows={administrators.map((a) => ({
            id: a.id,
            email: a.email,
            disabled: a.disabled,
            lastLogin: a.lastLoginAt ? formatDateTime(a.lastLoginAt) : null,
            enrolledOn: a.enrolledAt ? formatDate(a.enrolledAt) : null,
            recoveryCodesLeft: a.recoveryCodesLeft,
            isViewer: a.isViewer,
          }))}
        />
      </div>
    </section>
  );
}
