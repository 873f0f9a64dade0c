// The screens the subcontractor (/entreprise) and member company (/adherent) spaces share.
// Each route only names its space: the checks and the data come from the same place.
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { AccessDeniedError } from "@/lib/auth/access";
import { getCompanyInfo } from "@/lib/companies/company-info";
import { getEmployeeForEdit } from "@/lib/people/manage-employee";
import { listEmployees } from "@/lib/people/list-employees";
import { employeeListQuery } from "@/lib/people/employee-list-params";
import { CompanyInfoForm } from "@/components/company/company-info-form";
import { DomainChangeTool } from "@/components/company/domain-change-tool";
import { EmployeeEditForm } from "@/components/company/employee-edit-form";
import { EmployeeForm } from "@/components/company/employee-form";
import { EmployeeTable } from "@/components/company/employee-table";
import { createEmployeeAction } from "@/app/(entreprise)/entreprise/salaries/actions";
import { cancelHandoverAction } from "@/app/(entreprise)/entreprise/informations/actions";
import Link from "next/link";
import { getLinkState } from "@/lib/companies/space-link";
import { EXPIRY_WARNING_DAYS, getPassportOverview } from "@/lib/companies/passport-overview";
import { getPendingHandover } from "@/lib/companies/referent-handover";
import { formatDate, formatDateTime } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { LinkSpacesForm } from "@/components/company/link-spaces-form";
import { HandoverForm } from "@/components/company/handover-form";

type CompanySpace = "entreprise" | "adherent";

export async function CompanyInformationView({ space, sent }: { space: CompanySpace; sent?: boolean }) {
  const viewer = await requireSpace(space);
  const [c, link, handover] = await Promise.all([getCompanyInfo(viewer), getLinkState(viewer), getPendingHandover(viewer)]);
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
      <section aria-labelledby="lier" className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="lier" className="text-lg font-bold">Lier vos espaces</h2>
        {link.linked ? (
          <p>
            Ce compte entreprise est lié à votre compte utilisateur : les mêmes identifiants ouvrent les deux espaces. Pour les distinguer, allez dans
            « MES INFORMATIONS » de votre <Link href="/espace/mes-informations" className="font-bold underline">espace collaborateur</Link>.
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">Vous suivez aussi votre propre sensibilisation, ou vous êtes formateur ? Liez ce compte entreprise à votre compte utilisateur pour ouvrir vos espaces avec un seul identifiant. Facultatif et réversible : seule la façon de vous connecter change.</p>
            <Link href={`/${space}/informations/lier`} className={`${buttonClass("secondary")} justify-self-start`}>Lier ce compte entreprise à mon compte utilisateur</Link>
          </>
        )}
      </section>
      <section aria-labelledby="relais" className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="relais" className="text-lg font-bold">Changement de référent (passage de relais)</h2>
        {sent && handover ? <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">L&apos;invitation a été envoyée.</p> : null}
        {handover ? (
          <>
            <p>
              Invitation envoyée le {formatDateTime(handover.requestedAt)} à <strong>{handover.newFirstName} {handover.newLastName.toUpperCase()}</strong> ({handover.newEmail}),
              valable jusqu&apos;au {formatDate(handover.token!.expiresAt)}. Vous restez le référent jusqu&apos;à ce qu&apos;elle soit acceptée.
            </p>
            <ConfirmButton id="annuler-relais" trigger="Annuler le passage de relais" triggerClassName="min-h-11 justify-self-start rounded-md border-2 border-navy px-4 font-bold" title="Annuler le passage de relais ?" onConfirm={cancelHandoverAction.bind(null, {})}>
              <p className="mt-2">Le lien envoyé à {handover.newEmail} ne fonctionnera plus.</p>
            </ConfirmButton>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">Vous n&apos;êtes plus le référent ? Votre successeur reçoit une invitation et choisit son propre mot de passe : aucun mot de passe n&apos;est transmis. Votre accès au compte entreprise prend fin quand il ou elle l&apos;accepte.</p>
            <Link href={`/${space}/informations/relais`} className={`${buttonClass("secondary")} justify-self-start`}>Passer le relais à un nouveau référent</Link>
          </>
        )}
      </section>
      <DomainChangeTool />
    </div>
  );
}

export async function LinkSpacesView({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const link = await getLinkState(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">LIER VOS ESPACES</h1>
      <p className="text-slate-700">
        Liez ce compte entreprise à votre compte utilisateur pour accéder à vos espaces Entreprise, Collaborateur (et Formateur) avec un seul
        couple d&apos;identifiants : ceux du compte entreprise. La liaison est facultative et réversible ; elle ne change que votre façon de vous
        connecter, jamais les informations des comptes.
      </p>
      {link.linked ? (
        <div role="status" className="grid gap-3 rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
          <p className="text-lg font-bold text-green-900">Vos espaces sont liés.</p>
          <p>
            Le compte entreprise et votre compte utilisateur s&apos;ouvrent avec les mêmes identifiants : ceux du compte entreprise. Passez d&apos;un
            espace à l&apos;autre avec le sélecteur en haut du menu latéral.
          </p>
          <div className="flex flex-wrap gap-2">
            <Link href="/espace" className={buttonClass("secondary")}>Aller à mon espace collaborateur</Link>
            <Link href={`/${space}/informations`} className={buttonClass("ghost")}>Retour aux informations de l&apos;entreprise</Link>
          </div>
        </div>
      ) : (
        <LinkSpacesForm referent={{ firstName: link.referent.firstName, lastName: link.referent.lastName }} />
      )}
    </section>
  );
}

export async function HandoverView({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const link = await getLinkState(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">PASSAGE DE RELAIS</h1>
      <p className="text-slate-700">
        Référent actuel : <strong>{link.referent.firstName} {link.referent.lastName.toUpperCase()}</strong> ({link.referent.email}). Indiquez votre
        successeur : il ou elle recevra une invitation pour choisir son mot de passe. Jusque-là, rien ne change.
      </p>
      {link.linked ? (
        <p role="alert" className="rounded bg-orange-50 p-3 font-semibold">
          Vos espaces sont liés : distinguez-les d&apos;abord depuis « MES INFORMATIONS » de votre{" "}
          <Link href="/espace/mes-informations" className="underline">espace collaborateur</Link> (« Avoir un accès distinct à mon compte utilisateur »), puis revenez ici.
        </p>
      ) : (
        <HandoverForm backPath={`/${space}/informations`} />
      )}
    </section>
  );
}

export async function EmployeesView({ space, searchParams }: { space: CompanySpace; searchParams: Record<string, string | string[] | undefined> }) {
  const viewer = await requireSpace(space);
  const query = employeeListQuery(searchParams);
  const list = await listEmployees(viewer, query);
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">SALARIÉS INSCRITS DE L&apos;ENTREPRISE</h1>
      <EmployeeTable basePath={`/${space}/salaries`} query={query} {...list} />
    </section>
  );
}

export async function NewEmployeeView({ space }: { space: CompanySpace }) {
  await requireSpace(space);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">INSCRIRE UN NOUVEAU SALARIÉ</h1>
      <EmployeeForm listPath={`/${space}/salaries`} action={createEmployeeAction} />
    </section>
  );
}

export async function EmployeeEditView({ space, personId }: { space: CompanySpace; personId: string }) {
  const viewer = await requireSpace(space);
  const employee = await getEmployeeForEdit(viewer, personId).catch((e) => {
    if (e instanceof AccessDeniedError) notFound();
    throw e;
  });
  return (
    <section aria-labelledby="titre" className="grid max-w-xl gap-4">
      <h1 id="titre" className="text-2xl font-black">Modifier un salarié</h1>
      <EmployeeEditForm listPath={`/${space}/salaries`} employee={employee} />
    </section>
  );
}

/** G1: the passports of the company's people at a glance, and its trainers and controllers. */
export async function PassportOverview({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const o = await getPassportOverview(viewer);
  const tiles = [
    { label: "Passeport valide", value: o.valid, tone: "border-green-700" },
    { label: `Expire dans les ${EXPIRY_WARNING_DAYS} jours`, value: o.expiringSoon, tone: "border-safety" },
    { label: "Passeport expiré", value: o.expired, tone: "border-red-700" },
    { label: "Sans passeport", value: o.never, tone: "border-slate-400" },
  ];
  return (
    <section aria-labelledby="apercu" className="grid gap-3">
      <h2 id="apercu" className="text-lg font-bold">Passeports de vos {o.total} salarié{o.total > 1 ? "s" : ""}</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.label} className={`rounded-lg border-l-4 bg-white p-4 shadow-sm ${t.tone}`}>
            <dt className="text-sm text-slate-700">{t.label}</dt>
            <dd className="text-3xl font-black">{t.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm">
        <Link href={`/${space}/salaries?tri=expiration&ordre=asc`} className="font-bold underline">Voir les salariés par date d&apos;expiration</Link>
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-bold">Formateurs désignés</h3>
          <p className="text-sm text-slate-700">{o.trainers.length ? o.trainers.join(", ") : "Aucun : désignez-en depuis la fiche d'un salarié (« Modifier »)."}</p>
        </div>
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-bold">Contrôleurs désignés</h3>
          <p className="text-sm text-slate-700">{o.controllers.length ? o.controllers.join(", ") : "Aucun : désignez-en depuis la fiche d'un salarié (« Modifier »)."}</p>
        </div>
      </div>
    </section>
  );
}
