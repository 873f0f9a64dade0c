// Issue 11, item 2: what an administrator does for one person from their page. Each action
// checks the administrator, changes the rows and writes its audit entry in one transaction,
// and answers a French sentence saying what was done.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { isId } from "@/lib/text";
import { formatDate } from "@/lib/format";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { clearBlock } from "@/lib/people/unblock-employee";
import { deletePersonInTx } from "@/lib/people/manage-employee";
import { approveInTx, checkValidUntil, openAccreditation } from "@/lib/people/trainer-accreditation";

const NOT_FOUND = "Cette personne n'existe pas.";
const DELETED = "Cette personne a été supprimée : son dossier reste consultable, mais plus modifiable.";

const personSelect = {
  id: true,
  firstName: true,
  lastName: true,
  accountId: true,
  companyId: true,
  deletedAt: true,
  blockedAt: true,
  blockedModuleId: true,
  roles: true,
  profile: { select: { code: true } },
} as const;

/** The person, alive, read inside the action's transaction. */
async function livePerson(tx: Tx, personId: string) {
  if (!isId(personId)) throw new UserFacingError(NOT_FOUND);
  const person = await tx.person.findUnique({ where: { id: personId }, select: personSelect });
  if (!person) throw new UserFacingError(NOT_FOUND);
  if (person.deletedAt) throw new UserFacingError(DELETED);
  return person;
}

const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName.toUpperCase()}`;

type Entry = { action: string; personId: string; companyId: string; data?: Record<string, string | number | boolean | null | string[]> };
const record = (tx: Tx, viewer: Viewer, e: Entry) =>
  audit(tx, {
    actorAccountId: viewer.accountId,
    action: e.action,
    targetType: "Person",
    targetId: e.personId,
    companyId: e.companyId,
    data: e.data,
  });

export async function adminUnblockPerson(viewer: Viewer, personId: string) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, personId);
    if (!person.blockedAt) throw new UserFacingError(`${nameOf(person)} n'est pas bloqué(e).`);
    await clearBlock(tx, person);
    await record(tx, viewer, {
      action: "learner.unblocked",
      personId: person.id,
      companyId: person.companyId,
      data: { moduleId: person.blockedModuleId },
    });
    return `${nameOf(person)} est débloqué(e) : le module peut être repris.`;
  });
}

/**
 * A new single-use link: "first login" while the account has never chosen a password, else
 * "reset". It goes to the person's e-mail, or to their referent's when they have none (A7).
 */
export async function adminSendPasswordLink(viewer: Viewer, personId: string, now = new Date()) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, personId);
    const account = await tx.account.findUniqueOrThrow({
      where: { id: person.accountId },
      select: { email: true, uniqueId: true, passwordHash: true, mustSetPassword: true, disabledAt: true },
    });
    if (account.disabledAt) throw new UserFacingError("Cette connexion est désactivée : aucun lien ne peut être envoyé.");
    const company = await tx.company.findUniqueOrThrow({ where: { id: person.companyId }, select: { referentEmail: true } });
    const to = account.email ?? company.referentEmail;
    const purpose = account.passwordHash && !account.mustSetPassword ? "RESET" : "FIRST_LOGIN";
    const { token } = await createPasswordToken(tx, { accountId: person.accountId, purpose, sentTo: to, now });
    const who = nameOf(person);
    const forReferent = !account.email;
    await enqueueEmail(tx, {
      to,
      template: purpose === "RESET" ? "password-reset" : "first-login",
      subject: forReferent
        ? `Lien de connexion pour ${who}`
        : purpose === "RESET"
          ? "Redéfinir votre mot de passe Passeport Sécurité"
          : "Votre accès Passeport Sécurité",
      paragraphs: [
        forReferent
          ? `L'administrateur de Passeport Sécurité a créé un nouveau lien pour ${who} (ID unique ${account.uniqueId}), qui n'a pas d'adresse e-mail : transmettez-le-lui.`
          : "L'administrateur de Passeport Sécurité vous envoie un nouveau lien pour choisir votre mot de passe.",
        "Le lien est valable 72 heures et ne sert qu'une fois.",
      ],
      action: { label: "Choisir mon mot de passe", url: passwordLink(token) },
    });
    await record(tx, viewer, {
      action: "admin.password_link_sent",
      personId: person.id,
      companyId: person.companyId,
      data: { purpose, sentTo: to },
    });
    return `Un nouveau lien ${purpose === "RESET" ? "de réinitialisation" : "de première connexion"} a été envoyé à ${to}.`;
  });
}

export async function adminChangeProfile(viewer: Viewer, input: { personId: string; profileCode: string }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, input.personId);
    const profile = await tx.profile.findFirst({
      where: { code: input.profileCode, active: true },
      select: { id: true, code: true, name: true },
    });
    if (!profile) throw new UserFacingError("Profil inconnu.", { profileCode: "Choisissez un profil de la liste." });
    if (person.profile?.code === profile.code) throw new UserFacingError(`${nameOf(person)} a déjà le profil ${profile.name}.`);
    await tx.person.update({ where: { id: person.id }, data: { profileId: profile.id } });
    await record(tx, viewer, {
      action: "admin.profile_changed",
      personId: person.id,
      companyId: person.companyId,
      data: { from: person.profile?.code ?? null, to: profile.code },
    });
    return `Profil de ${nameOf(person)} : ${profile.name}.`;
  });
}

export async function adminSetController(viewer: Viewer, input: { personId: string; controller: boolean }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, input.personId);
    const has = person.roles.includes("CONTROLLER");
    if (has === input.controller)
      throw new UserFacingError(`Rien à changer : ${nameOf(person)} ${has ? "est déjà" : "n'est pas"} contrôleur.`);
    const roles = input.controller ? [...person.roles, "CONTROLLER" as const] : person.roles.filter((r) => r !== "CONTROLLER");
    await tx.person.update({ where: { id: person.id }, data: { roles } });
    await record(tx, viewer, {
      action: input.controller ? "admin.controller_granted" : "admin.controller_withdrawn",
      personId: person.id,
      companyId: person.companyId,
    });
    return input.controller ? `${nameOf(person)} est désormais contrôleur.` : `${nameOf(person)} n'est plus contrôleur.`;
  });
}

/** An administrator names a trainer directly: a request is recorded as theirs and approved at once. */
export async function adminGrantAccreditation(viewer: Viewer, input: { personId: string; validUntil: Date }, now = new Date()) {
  assertAdmin(viewer);
  checkValidUntil(input.validUntil, now);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, input.personId);
    const open = await openAccreditation(tx, person.id, now);
    if (open?.status === "APPROVED")
      throw new UserFacingError(`${nameOf(person)} est déjà habilité(e) jusqu'au ${formatDate(open.validUntil!)}.`);
    const request =
      open ??
      (await tx.trainerAccreditation.create({
        data: { personId: person.id, requestedById: viewer.accountId, requestedAt: now },
        select: { id: true },
      }));
    await approveInTx(tx, viewer, { accreditationId: request.id, validUntil: input.validUntil }, now);
    return `Habilitation formateur de ${nameOf(person)} accordée jusqu'au ${formatDate(input.validUntil)}.`;
  });
}

/** F2: the gate answers "Révoqué" from now on; the holder and their referent are told. */
export async function adminRevokePassport(viewer: Viewer, input: { passportId: string; reason: string }, now = new Date()) {
  assertAdmin(viewer);
  if (!isId(input.passportId)) throw new UserFacingError("Ce passeport n'existe pas.");
  return db.$transaction(async (tx) => {
    const passport = await tx.passport.findUnique({
      where: { id: input.passportId },
      select: {
        id: true,
        number: true,
        status: true,
        person: { select: { id: true, firstName: true, lastName: true, companyId: true, account: { select: { email: true } } } },
      },
    });
    if (!passport) throw new UserFacingError("Ce passeport n'existe pas.");
    const { count } = await tx.passport.updateMany({
      where: { id: passport.id, status: "ACTIVE" },
      data: { status: "REVOKED", revokedAt: now, revokedReason: input.reason },
    });
    if (count !== 1) throw new UserFacingError(`Le passeport ${passport.number} est déjà révoqué.`);
    const company = await tx.company.findUniqueOrThrow({ where: { id: passport.person.companyId }, select: { referentEmail: true } });
    const to = new Set([passport.person.account.email, company.referentEmail].filter((e): e is string => Boolean(e)));
    for (const address of to) {
      await enqueueEmail(tx, {
        to: address,
        template: "passport-revoked",
        subject: `Passeport ${passport.number} révoqué`,
        paragraphs: [
          `Le passeport ${passport.number} de ${nameOf(passport.person)} est révoqué par l'administrateur de Passeport Sécurité : un contrôle à l'entrée du site répond désormais « Révoqué ».`,
          `Motif : ${input.reason}`,
        ],
      });
    }
    await record(tx, viewer, {
      action: "passport.revoked",
      personId: passport.person.id,
      companyId: passport.person.companyId,
      data: { passportId: passport.id, number: passport.number, reason: input.reason },
    });
    return `Le passeport ${passport.number} est révoqué : le contrôle répond « Révoqué ».`;
  });
}

/** The company named by its SIRET, member number or VAT number (spaces ignored). */
async function companyByIdentifier(tx: Tx, identifier: string) {
  const code = identifier.replace(/\s/g, "").toUpperCase();
  const company = await tx.company.findFirst({
    where: { OR: [{ siret: code }, { memberNumber: code }, { vatNumber: code }] },
    select: { id: true, name: true, status: true, referentEmail: true },
  });
  if (!company)
    throw new UserFacingError("Entreprise introuvable.", { company: "Aucune entreprise n'a ce SIRET, ce n° adhérent ni ce n° de TVA." });
  if (company.status !== "ACTIVE")
    throw new UserFacingError("Entreprise inactive.", { company: "Cette entreprise n'est pas active : choisissez-en une autre." });
  return company;
}

/** The person joins another company; their passports follow (the gate shows the new one); both referents are told. */
export async function adminMovePerson(viewer: Viewer, input: { personId: string; company: string }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, input.personId);
    const link = await tx.spaceLink.findUnique({ where: { personId: person.id }, select: { id: true } });
    if (link) {
      throw new UserFacingError(
        "Cette personne est le référent de son entreprise (espaces liés) : distinguez d'abord les espaces, ou changez le référent de l'entreprise.",
      );
    }
    const to = await companyByIdentifier(tx, input.company);
    if (to.id === person.companyId)
      throw new UserFacingError("Même entreprise.", { company: `${nameOf(person)} fait déjà partie de ${to.name}.` });
    const from = await tx.company.findUniqueOrThrow({
      where: { id: person.companyId },
      select: { id: true, name: true, referentEmail: true },
    });
    await tx.person.update({ where: { id: person.id }, data: { companyId: to.id } });
    const moved = await tx.passport.updateMany({ where: { personId: person.id }, data: { companyId: to.id } });
    const who = nameOf(person);
    await enqueueEmail(tx, {
      to: from.referentEmail,
      template: "person-moved-out",
      subject: `${who} ne fait plus partie de ${from.name}`,
      paragraphs: [
        `À la demande de l'administrateur de Passeport Sécurité, ${who} est rattaché(e) à ${to.name}. Ses passeports l'accompagnent.`,
      ],
    });
    await enqueueEmail(tx, {
      to: to.referentEmail,
      template: "person-moved-in",
      subject: `${who} rejoint ${to.name}`,
      paragraphs: [
        `À la demande de l'administrateur de Passeport Sécurité, ${who}, jusqu'ici chez ${from.name}, est rattaché(e) à ${to.name} : vous le (la) retrouvez dans la liste de vos salariés, avec ses passeports.`,
      ],
    });
    await record(tx, viewer, {
      action: "admin.person_moved",
      personId: person.id,
      companyId: to.id,
      data: { fromCompanyId: from.id, fromCompany: from.name, toCompanyId: to.id, toCompany: to.name, passportsMoved: moved.count },
    });
    return `${who} est rattaché(e) à ${to.name} (${moved.count} passeport${moved.count > 1 ? "s" : ""} suivent) ; les deux référents sont prévenus.`;
  });
}

/** As the company's deletion (B8): login disabled, passports revoked, history kept. */
export async function adminDeletePerson(viewer: Viewer, personId: string, now = new Date()) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const person = await livePerson(tx, personId);
    await deletePersonInTx(tx, {
      person,
      companyId: person.companyId,
      actorAccountId: viewer.accountId,
      action: "admin.person_deleted",
      reason: "Profil supprimé par l'administrateur",
      now,
    });
    return `${nameOf(person)} est supprimé(e) : connexion désactivée, passeports révoqués, historique conservé.`;
  });
}
