// Issue 11, item 3: one company as administrators see it, and what they can do with it:
// suspend or reactivate it, change its referent, merge it (when a trainer typed it).
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getCompanyRecord, RECORD_PEOPLE_SHOWN, type CompanyRecord } from "@/lib/companies/company-record";
import { COMPANY_KIND_LABELS, COMPANY_STATE_LABELS } from "@/lib/companies/company-list.schema";
import { REGION_LABELS } from "@/lib/companies/regions";
import { reactivateCompanyAction } from "@/lib/companies/actions";
import { cleanText } from "@/lib/text";
import { formatDate, formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ReferentForm, SuspendForm } from "./company-forms";
import { MergeSection } from "./merge-section";
import { Facts } from "@/components/ui/facts";

export const metadata = { title: "Entreprise" };

const SESSION_STATUS = { CREATED: "Créée", STARTED: "En cours", CLOSED: "Terminée" } as const;
const link = "font-semibold text-navy underline";

const card = "grid gap-3 rounded-lg bg-white p-4 shadow-sm";
const stateOf = (c: CompanyRecord) => (c.typed ? "Saisie par un formateur" : COMPANY_STATE_LABELS[c.status]);

export default async function AdminCompanyPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireSpace("admin");
  const { companyId } = await params;
  const c = await getCompanyRecord(viewer, companyId);
  if (!c) notFound();
  const search = cleanText((await searchParams).fusion) || c.name;
  const o = c.overview;
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/admin/entreprises" className={link}>
          ← Toutes les entreprises
        </Link>
      </p>
      <header className="grid gap-1">
        <h1 className="text-2xl font-black break-words">{c.name}</h1>
        <p className="text-slate-700">
          Entreprise {COMPANY_KIND_LABELS[c.kind].toLowerCase()} — <strong>{stateOf(c)}</strong>
          {c.suspendedAt ? ` depuis le ${formatDateTime(c.suspendedAt)}` : ""}
        </p>
        <p>
          <Link href={`/admin/journal?entreprise=${c.id}`} className={link}>
            Journal d&apos;audit de cette entreprise
          </Link>
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <span>Passeport de prévention, formations des 12 derniers mois&#8239;:</span>
          <a href={`/admin/entreprises/${c.id}/passeport-prevention?format=csv`} className={link} download>
            CSV
          </a>
          <a href={`/admin/entreprises/${c.id}/passeport-prevention?format=json`} className={link} download>
            JSON
          </a>
        </p>
      </header>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="identite" className={card}>
          <h2 id="identite" className="text-lg font-bold">
            Identité
          </h2>
          <Facts
            items={[
              [
                c.siret ? "SIRET" : "N° TVA",
                <span key="id" className="font-mono">
                  {c.siret ?? c.vatNumber ?? "—"}
                </span>,
              ],
              ["N° adhérent", c.memberNumber ?? "—"],
              ["Régions", c.regions.map((r) => REGION_LABELS[r]).join(", ") || "—"],
              ["Inscrite le", formatDateTime(c.createdAt)],
              ...(c.approvedAt ? [["Adhésion approuvée le", formatDateTime(c.approvedAt)] as [string, string]] : []),
              ...(c.enteredBy
                ? [["Saisie par", `${c.enteredBy.by ?? "un formateur"}, le ${formatDateTime(c.enteredBy.at)}`] as [string, string]]
                : []),
            ]}
          />
        </section>
        <section aria-labelledby="referent" className={card}>
          <h2 id="referent" className="text-lg font-bold">
            {c.typed ? "Contact provisoire (le formateur)" : "Référent et connexion"}
          </h2>
          <Facts
            items={[
              ["Référent", `${c.referentFirstName} ${c.referentLastName.toUpperCase()}`],
              ["E-mail", c.referentEmail || "—"],
              ["Identifiant de connexion", c.account ? (c.account.email ?? "—") : "Aucun compte"],
              ...(c.account
                ? ([
                    ["Dernière connexion", c.account.lastLoginAt ? formatDateTime(c.account.lastLoginAt) : "Jamais"],
                    ["Compte", c.account.disabledAt ? "Désactivé" : c.account.mustSetPassword ? "Mot de passe à choisir" : "Ouvert"],
                  ] as [string, string][])
                : []),
              ...(c.spaceLink
                ? [
                    [
                      "Espaces liés avec",
                      <Link key="lien" href={`/admin/utilisateurs/${c.spaceLink.person.id}`} className={link}>
                        {c.spaceLink.person.firstName} {c.spaceLink.person.lastName.toUpperCase()}
                      </Link>,
                    ] as [string, React.ReactNode],
                  ]
                : []),
            ]}
          />
          {c.pendingHandover ? (
            <p className="rounded bg-amber-50 p-3 text-sm">
              Passage de relais en attente&#8239;: {c.pendingHandover.newFirstName} {c.pendingHandover.newLastName.toUpperCase()} (
              {c.pendingHandover.newEmail}), invité le {formatDateTime(c.pendingHandover.requestedAt)}
              {c.pendingHandover.token ? `, lien valable jusqu'au ${formatDateTime(c.pendingHandover.token.expiresAt)}` : ""}.
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="passeports" className={card}>
        <h2 id="passeports" className="text-lg font-bold">
          Passeports de ses salariés
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {(
            [
              ["Salariés", o.total],
              ["Passeport valide", o.valid],
              ["Expire sous 60 jours", o.expiringSoon],
              ["Expiré", o.expired],
              ["Sans passeport", o.never],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-2xl font-black">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">{c.passportsIssuedHere} passeport(s) délivré(s) au nom de cette entreprise.</p>
        <h3 className="font-bold">Formateurs</h3>
        {c.overview.trainerPeople.length === 0 ? <p className="text-sm">Aucun formateur.</p> : null}
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {c.overview.trainerPeople.map((t) => (
            <li key={t.id}>
              <Link href={`/admin/utilisateurs/${t.id}`} className={link}>
                {t.name}
              </Link>
              {t.requested ? " (habilitation demandée)" : ""}
            </li>
          ))}
        </ul>
        {o.controllers.length ? <p className="text-sm">Contrôleurs&#8239;: {o.controllers.join(", ")}</p> : null}
      </section>

      <section aria-labelledby="salaries" className="grid gap-2">
        <h2 id="salaries" className="text-lg font-bold">
          Salariés ({c.peopleCount})
        </h2>
        <Table
          headers={["Nom", "Profil", "Compte"]}
          minWidth="sm:min-w-[420px]"
          empty={c.people.length === 0 ? "Aucun salarié." : undefined}
        >
          {c.people.map((p) => (
            <Row key={p.id}>
              <Cell>
                <Link href={`/admin/utilisateurs/${p.id}`} className={link}>
                  {p.lastName.toUpperCase()} {p.firstName}
                </Link>
              </Cell>
              <Cell>{p.profile?.name ?? "—"}</Cell>
              <Cell>{p.blockedAt ? <strong className="text-red-800">Bloqué</strong> : "Actif"}</Cell>
            </Row>
          ))}
        </Table>
        {c.peopleCount > RECORD_PEOPLE_SHOWN ? (
          <p className="text-sm text-slate-700">
            Les {RECORD_PEOPLE_SHOWN} premiers par ordre alphabétique.{" "}
            <Link href={`/admin/utilisateurs?entreprise=${c.id}`} className="font-semibold text-navy underline">
              Toutes les personnes de l&apos;entreprise ({c.peopleCount})
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sessions" className="grid gap-2">
        <h2 id="sessions" className="text-lg font-bold">
          Sessions de sensibilisation suivies par ses salariés
        </h2>
        <Table
          headers={["Session", "Date", "Formateur", "Ses participants", "État"]}
          minWidth="sm:min-w-[560px]"
          empty={c.sessions.length === 0 ? "Aucune session." : undefined}
        >
          {c.sessions.map((s) => (
            <Row key={s.id}>
              <Cell>
                <Link href={`/admin/sessions/${s.id}`} className={link}>
                  {s.profile.name} n°{s.number}
                </Link>
              </Cell>
              <Cell>{formatDate(s.heldOn)}</Cell>
              <Cell>
                {s.trainer.firstName} {s.trainer.lastName.toUpperCase()}
              </Cell>
              <Cell>{s._count.participants}</Cell>
              <Cell>{SESSION_STATUS[s.status]}</Cell>
            </Row>
          ))}
        </Table>
      </section>

      {c.typed ? (
        <MergeSection
          viewer={viewer}
          company={{ id: c.id, name: c.name, peopleCount: c.peopleCount, passports: c.passportsIssuedHere }}
          search={search}
        />
      ) : null}

      {c.status === "ACTIVE" ? (
        <section aria-labelledby="suspendre" className={card}>
          <h2 id="suspendre" className="text-lg font-bold">
            Suspendre l&apos;entreprise
          </h2>
          <SuspendForm companyId={c.id} name={c.name} />
        </section>
      ) : null}
      {c.status === "SUSPENDED" ? (
        <section aria-labelledby="reactiver" className={card}>
          <h2 id="reactiver" className="text-lg font-bold">
            Réactiver l&apos;entreprise
          </h2>
          <p className="text-sm">Son compte entreprise pourra de nouveau se connecter&#8239;; le référent en est informé par e-mail.</p>
          <ConfirmButton
            id="confirmer-reactivation"
            trigger="Réactiver l'entreprise"
            triggerClassName="min-h-11 justify-self-start rounded-md bg-safety px-4 font-bold text-navy"
            title={`Réactiver ${c.name}\u202f?`}
            onConfirm={reactivateCompanyAction.bind(null, { companyId: c.id })}
          >
            <p className="mt-2">Le compte entreprise pourra de nouveau se connecter.</p>
          </ConfirmButton>
        </section>
      ) : null}
      {c.hasLogin && (c.status === "ACTIVE" || c.status === "SUSPENDED") ? (
        <section aria-labelledby="changer-referent" className={card}>
          <h2 id="changer-referent" className="text-lg font-bold">
            Changer le référent
          </h2>
          <p className="text-sm text-slate-700">
            Quand le référent ne peut pas passer le relais lui-même&#8239;: le nouveau référent reçoit une invitation et choisit son mot de
            passe.
          </p>
          <ReferentForm companyId={c.id} name={c.name} />
        </section>
      ) : null}
    </div>
  );
}
