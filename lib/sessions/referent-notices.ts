// Issue 17: the referents of the companies whose people a trainer adds to a session, or
// gives a passport to, are told by e-mail — one message per company, naming the trainer.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatDate } from "@/lib/format";

/** "Sophie DURAND (Granulats du Val de Loire)" */
async function trainerLabel(tx: Tx, viewer: Viewer) {
  const person = viewer.person!;
  const company = await tx.company.findUniqueOrThrow({ where: { id: person.companyId }, select: { name: true } });
  return `${person.firstName} ${person.lastName.toUpperCase()} (${company.name})`;
}

/**
 * Issue 17: a trainer who adds an existing person of another company to a session tells that
 * company's referent (who they added, to which session), once per company.
 */
export async function tellOtherReferents(
  tx: Tx,
  viewer: Viewer,
  session: { label: string; heldOn: Date },
  existing: Map<number, { personId: string; companyId: string }>,
) {
  const others = [...existing.values()].filter((e) => e.companyId !== viewer.person!.companyId);
  if (!others.length) return;
  // their names as their company knows them, not as the trainer typed them
  const people = await tx.person.findMany({
    where: { id: { in: others.map((e) => e.personId) } },
    select: { id: true, firstName: true, lastName: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName.toUpperCase()}`]));
  const byCompany = new Map<string, string[]>();
  for (const e of others) byCompany.set(e.companyId, [...(byCompany.get(e.companyId) ?? []), nameOf.get(e.personId)!]);
  const companies = await tx.company.findMany({
    where: { id: { in: [...byCompany.keys()] }, status: "ACTIVE" },
    select: { id: true, name: true, referentEmail: true },
  });
  const trainer = await trainerLabel(tx, viewer);
  for (const company of companies) {
    if (!company.referentEmail) continue;
    const names = byCompany.get(company.id)!;
    await enqueueEmail(tx, {
      to: company.referentEmail,
      template: "session-existing-participant-referent",
      subject: `Inscription de vos salariés à une sensibilisation de groupe (${names.length})`,
      paragraphs: [
        `Le formateur ${trainer} a inscrit à la sensibilisation ${session.label} du ${formatDate(session.heldOn)} : ${names.join(", ")} (${company.name}).`,
        "Vous serez informé(e) des passeports délivrés. Si cette inscription vous surprend, signalez-le à l'UNPG.",
      ],
    });
  }
}

export type Passed = {
  row: {
    companyId: string;
    person: { firstName: string; lastName: string };
    company: { status: string; referentEmail: string | null; name: string };
    session: { number: number; heldOn: Date; profile: { name: string } };
  };
  number: string;
};

/** One e-mail per company: which of its people got a passport, in which session, from whom. */
export async function tellReferentsOfPassports(tx: Tx, viewer: Viewer, passed: Passed[]) {
  const byCompany = new Map<string, Passed[]>();
  for (const p of passed) {
    // a company typed by a trainer has no referent yet (its provisional contact is the trainer)
    if (p.row.company.status !== "ACTIVE" || !p.row.company.referentEmail) continue;
    byCompany.set(p.row.companyId, [...(byCompany.get(p.row.companyId) ?? []), p]);
  }
  if (!byCompany.size) return;
  const trainer = await trainerLabel(tx, viewer);
  for (const list of byCompany.values()) {
    const { company } = list[0].row;
    await enqueueEmail(tx, {
      to: company.referentEmail!,
      template: "session-passports-referent",
      subject: `Passeports sécurité délivrés à vos salariés (${list.length})`,
      paragraphs: [
        `Le formateur ${trainer} a délivré un passeport sécurité à ${list.length === 1 ? "un salarié" : `${list.length} salariés`} de ${company.name} :`,
        ...list.map(
          (p) =>
            `${p.row.person.firstName} ${p.row.person.lastName.toUpperCase()} — n° ${p.number} — sensibilisation ${p.row.session.profile.name} n°${p.row.session.number} du ${formatDate(p.row.session.heldOn)}`,
        ),
        "Si l'une de ces personnes n'a pas suivi cette sensibilisation, signalez-le à l'UNPG : le passeport peut être révoqué.",
      ],
    });
  }
}
