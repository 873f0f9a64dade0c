// Issue 11, item 2: one person as an administrator sees them, with the actions to help them.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getPersonForAdmin, type AdminPerson } from "@/lib/people/admin-person";
import { MAX_ACCREDITATION_YEARS } from "@/lib/people/trainer-accreditation";
import { CHECK_LABELS, passportState } from "@/lib/passports/passport-status";
import { auditDetails, auditLabel } from "@/lib/audit/audit-labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { ActionResults } from "./action-dialog";
import { PersonActions, RevokePassport } from "./person-actions";
import { Facts } from "@/components/ui/facts";

export const metadata = { title: "Fiche personne" };

const ORIGIN = {
  COMPANY: "Créé par l'entreprise",
  SELF_REGISTRATION: "Inscription libre",
  SESSION: "Sensibilisation",
  ADMIN: "Administrateur",
  SEED: "Reprise",
};
const KIND = { MEMBER: "adhérente", SUBCONTRACTOR: "sous-traitante" } as const;
const ACCREDITATION = { REQUESTED: "Demandée", APPROVED: "Accordée", REFUSED: "Refusée", WITHDRAWN: "Retirée" } as const;
const VIA = { ONLINE: "En ligne", SNBPE: "Passeport SNBPE", SESSION: "Sensibilisation" } as const;
const DECISION = { PENDING: "En attente", PASSED: "Passeport obtenu", MUST_RETAKE: "À refaire" } as const;
const MAIL = { PENDING: "En attente", SENT: "Envoyé", FAILED: "Échec" } as const;
const CHANNEL = { CONTROL: "Contrôle", PUBLIC_LINK: "Lien public", API: "API" } as const;
const link = "font-semibold text-navy underline";

/** YYYY-MM-DD, Paris calendar, some days and years from a date. */
function isoDay(date: Date, plusDays = 0, plusYears = 0) {
  const d = new Date(date.getTime() + plusDays * 86_400_000);
  d.setFullYear(d.getFullYear() + plusYears);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(d);
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-2">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function actorOf(e: AdminPerson["auditEntries"][number]) {
  if (!e.actor) return "Système";
  return e.actor.isAdmin ? `Administrateur (${e.actor.email})` : (e.actor.email ?? "—");
}

export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const viewer = await requireSpace("admin");
  const { personId } = await params;
  const p = await getPersonForAdmin(viewer, personId);
  if (!p) notFound();
  const now = new Date();
  const who = `${p.firstName} ${p.lastName.toUpperCase()}`;
  const approved = p.accreditations.find((a) => a.status === "APPROVED" && a.validUntil && a.validUntil > now);
  const pending = p.accreditations.find((a) => a.status === "REQUESTED");
  const isTrainer = Boolean(approved);
  return (
    <ActionResults>
      <div className="grid gap-6">
        <div className="grid gap-1">
          <p className="text-sm">
            <Link href="/admin/utilisateurs" className={link}>
              Utilisateurs
            </Link>{" "}
            / fiche
          </p>
          <h1 className="text-2xl font-black">{who}</h1>
          <p className="flex flex-wrap gap-2 text-sm">
            {p.deletedAt ? (
              <span className="rounded bg-slate-700 px-2 py-0.5 font-bold text-white">Supprimé le {formatDate(p.deletedAt)}</span>
            ) : null}
            {p.anonymizedAt ? (
              <span className="rounded bg-slate-700 px-2 py-0.5 font-bold text-white">Anonymisé le {formatDate(p.anonymizedAt)}</span>
            ) : null}
            {p.blockedAt && !p.deletedAt ? <span className="rounded bg-red-800 px-2 py-0.5 font-bold text-white">Bloqué</span> : null}
            {p.roles.includes("CONTROLLER") ? <span className="rounded bg-navy px-2 py-0.5 font-bold text-white">Contrôleur</span> : null}
            {isTrainer ? <span className="rounded bg-navy px-2 py-0.5 font-bold text-white">Formateur</span> : null}
          </p>
        </div>

        {p.deletedAt ? (
          <p className="rounded bg-slate-100 p-3">
            Cette personne a été supprimée&#8239;: son historique reste consultable, aucune action n&apos;est plus possible.
          </p>
        ) : (
          <Section id="actions" title="Actions">
            <PersonActions
              s={{
                personId: p.id,
                who,
                blocked: Boolean(p.blockedAt),
                controller: p.roles.includes("CONTROLLER"),
                profileCode: p.profile?.code ?? null,
                profiles: p.profiles,
                approvedAccreditationId: approved?.id ?? null,
                dates: { defaultDate: isoDay(now, 0, 3), min: isoDay(now, 1), max: isoDay(now, 0, MAX_ACCREDITATION_YEARS) },
                contactLabel: p.account.email ?? `son référent (${p.company.referentEmail}), faute d'adresse e-mail`,
              }}
            />
          </Section>
        )}

        <Section id="donnees" title="Données personnelles (RGPD)">
          <p className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-4 text-sm shadow-sm">
            <a
              href={`/admin/utilisateurs/${p.id}/donnees`}
              download
              className="inline-flex min-h-11 items-center rounded-md border-2 border-navy px-4 font-bold text-navy"
            >
              Télécharger ses données (ZIP)
            </a>
            <span>
              Pour une demande reçue par courrier&#8239;: le fichier que la personne obtient elle-même dans MES INFORMATIONS (JSON et résumé
              PDF). Chaque téléchargement est inscrit au journal d&apos;audit.
            </span>
          </p>
        </Section>

        <Section id="identite" title="Identité et connexion">
          <Facts
            className="rounded-lg bg-white p-4 shadow-sm"
            items={[
              ["Nom", who],
              ["E-mail", p.account.email ?? "—"],
              ["ID unique", p.account.uniqueId ?? "—"],
              ["Mot de passe", p.account.mustSetPassword ? "Pas encore choisi (lien de première connexion)" : "Choisi"],
              [
                "Connexion",
                p.account.disabledAt
                  ? `Désactivée le ${formatDate(p.account.disabledAt)}`
                  : p.account.company
                    ? "Compte entreprise (espaces liés)"
                    : "Active",
              ],
              ["Dernière connexion", p.account.lastLoginAt ? formatDateTime(p.account.lastLoginAt) : "Jamais"],
              ["Origine", `${ORIGIN[p.origin]}, le ${formatDate(p.createdAt)}`],
              [
                "Entreprise",
                <Link key="c" href={`/admin/entreprises/${p.company.id}`} className={link}>
                  {p.company.name} (entreprise {KIND[p.company.kind]})
                </Link>,
              ],
              ["Profil", p.profile?.name ?? "—"],
              [
                "Rôles",
                [
                  isTrainer ? `Formateur jusqu'au ${formatDate(approved!.validUntil!)}` : null,
                  p.roles.includes("CONTROLLER") ? "Contrôleur" : null,
                  pending ? "Habilitation formateur demandée" : null,
                ]
                  .filter(Boolean)
                  .join(", ") || "Apprenant",
              ],
              [
                "Blocage",
                p.blockedAt
                  ? `Bloqué depuis le ${formatDateTime(p.blockedAt)}${p.blockedModule ? ` au module «\u202f${p.blockedModule}\u202f»` : ""}`
                  : "Non bloqué",
              ],
            ]}
          />
        </Section>

        <Section id="habilitations" title="Habilitations formateur">
          <Table
            headers={["État", "Demandée le", "Décidée le", "Jusqu'au", "Motif"]}
            empty={p.accreditations.length === 0 ? "Aucune demande." : null}
          >
            {p.accreditations.map((a) => (
              <Row key={a.id}>
                <Cell>{a.status === "APPROVED" && a.validUntil && a.validUntil <= now ? "Expirée" : ACCREDITATION[a.status]}</Cell>
                <Cell>{formatDate(a.requestedAt)}</Cell>
                <Cell>{a.decidedAt ? formatDate(a.decidedAt) : "-"}</Cell>
                <Cell>{a.validUntil ? formatDate(a.validUntil) : "-"}</Cell>
                <Cell>{a.reason ?? "-"}</Cell>
              </Row>
            ))}
          </Table>
        </Section>

        <Section id="parcours" title="Parcours">
          {p.paths.length === 0 ? <p>Aucun parcours commencé.</p> : null}
          {p.paths.map((path) => (
            <div key={path.id} className="grid gap-1">
              <h3 className="font-semibold">
                {path.profile.name} — commencé le {formatDate(path.startedAt)}
                {path.completedAt ? `, terminé le ${formatDate(path.completedAt)}` : ", en cours"}
              </h3>
              <Table
                headers={["Module", "Support vu", "Échecs", "Validé"]}
                empty={path.progress.length === 0 ? "Aucun module commencé." : null}
              >
                {path.progress.map((m) => (
                  <Row key={m.module.title}>
                    <Cell>{m.module.title}</Cell>
                    <Cell>{m.mediaSeenAt ? formatDate(m.mediaSeenAt) : "-"}</Cell>
                    <Cell>{m.failedAttempts}</Cell>
                    <Cell>{m.passedAt ? `${formatDate(m.passedAt)} (${VIA[m.passedVia ?? "ONLINE"]})` : "-"}</Cell>
                  </Row>
                ))}
              </Table>
            </div>
          ))}
        </Section>

        <Section id="tentatives" title={`Tentatives (${p.attempts.length})`}>
          <Table headers={["Date", "Module", "Score", "Résultat"]} empty={p.attempts.length === 0 ? "Aucune tentative." : null}>
            {p.attempts.map((a) => (
              <Row key={a.id}>
                <Cell>{formatDateTime(a.submittedAt!)}</Cell>
                <Cell>{a.module.title}</Cell>
                <Cell>{a.score ?? "-"} %</Cell>
                <Cell>{a.passed ? "Réussi" : "Échoué"}</Cell>
              </Row>
            ))}
          </Table>
        </Section>

        <Section id="passeports" title="Passeports et contrôles">
          {p.passports.length === 0 ? <p>Aucun passeport.</p> : null}
          {p.passports.map((pa) => {
            const state = passportState(pa, now);
            return (
              <article key={pa.id} aria-label={`Passeport ${pa.number}`} className="grid gap-2 rounded-lg bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-bold">
                    {pa.number} — {CHECK_LABELS[state]}
                  </h3>
                  <span className="flex flex-wrap items-center gap-3">
                    <a href={`/api/passeports/${pa.id}/attestation`} className={link}>
                      Attestation de formation (PDF)
                    </a>
                    {pa.status === "ACTIVE" && !p.deletedAt ? <RevokePassport passportId={pa.id} number={pa.number} /> : null}
                  </span>
                </div>
                <p className="text-sm">
                  {pa.profile.name} · {VIA[pa.issuedVia]} · délivré le {formatDate(pa.issuedAt)} · valable jusqu&apos;au{" "}
                  {formatDate(pa.expiresAt)} · {pa.company.name}
                  {pa.revokedAt ? ` · révoqué le ${formatDate(pa.revokedAt)}\u202f: ${pa.revokedReason ?? "sans motif"}` : ""}
                </p>
                <Table
                  headers={["Contrôlé le", "Résultat", "Canal", "Par"]}
                  minWidth="sm:min-w-[480px]"
                  empty={pa.checks.length === 0 ? "Aucun contrôle." : null}
                >
                  {pa.checks.map((c) => (
                    <Row key={c.id}>
                      <Cell>{formatDateTime(c.checkedAt)}</Cell>
                      <Cell>{CHECK_LABELS[c.result]}</Cell>
                      <Cell>{CHANNEL[c.channel]}</Cell>
                      <Cell>{c.checkedBy ? `${c.checkedBy.firstName} ${c.checkedBy.lastName.toUpperCase()}` : "-"}</Cell>
                    </Row>
                  ))}
                </Table>
              </article>
            );
          })}
        </Section>

        <Section id="sensibilisations" title="Sensibilisations suivies">
          <Table headers={["Sensibilisation", "Date", "Décision"]} empty={p.participations.length === 0 ? "Aucune sensibilisation." : null}>
            {p.participations.map((s) => (
              <Row key={s.session.id}>
                <Cell>
                  <Link href={`/admin/sessions/${s.session.id}`} className={link}>
                    {s.session.profile.name} n°{s.session.number}
                  </Link>
                </Cell>
                <Cell>{formatDate(s.session.heldOn)}</Cell>
                <Cell>{DECISION[s.decision]}</Cell>
              </Row>
            ))}
          </Table>
        </Section>

        <Section id="emails" title="E-mails envoyés">
          <Table
            headers={["Date", "Objet", "État"]}
            empty={
              p.emails.length === 0
                ? p.account.email
                  ? "Aucun e-mail."
                  : "Pas d'adresse e-mail\u202f: les messages vont au référent."
                : null
            }
          >
            {p.emails.map((m) => (
              <Row key={m.id}>
                <Cell>{formatDateTime(m.createdAt)}</Cell>
                <Cell>{m.subject}</Cell>
                <Cell>{MAIL[m.status]}</Cell>
              </Row>
            ))}
          </Table>
        </Section>

        <Section id="journal" title="Journal d'audit">
          <p className="text-sm">
            <Link href={`/admin/journal?cible=${p.id}`} className={link}>
              Toutes les entrées du journal sur cette personne
            </Link>
          </p>
          <Table headers={["Date", "Action", "Par", "Détails"]} empty={p.auditEntries.length === 0 ? "Aucune entrée." : null}>
            {p.auditEntries.map((e) => (
              <Row key={e.id}>
                <Cell>{formatDateTime(e.at)}</Cell>
                <Cell>{auditLabel(e.action)}</Cell>
                <Cell>{actorOf(e)}</Cell>
                <Cell className="max-w-xs break-words text-xs">{auditDetails(e.data)}</Cell>
              </Row>
            ))}
          </Table>
        </Section>
      </div>
    </ActionResults>
  );
}
