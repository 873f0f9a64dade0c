// C1/C3 "Lier vos espaces" / "Distinguer vos espaces". Linking moves the referent's user
// account (the Person) onto the company login: one e-mail and one password open both
// spaces. The person's former login is disabled and kept for the split. Nothing but the way
// of logging in changes: the person, their path, passports and roles, and the company and
// its people, stay as they are. Splitting gives the person their own login again, with the
// credentials they choose; the company login keeps its password.
import "server-only";
import { newPersonData } from "@/lib/people/person-data";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertCompany } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials, findAccountByIdentifier } from "@/lib/auth/verify-credentials";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatDateTime } from "@/lib/format";
import { profileCodeFor } from "@/lib/people/profile-rule";
import type { LinkExistingInput, LinkNewInput, SplitInput } from "@/lib/companies/space-link.schema";

export async function getLinkState(viewer: Viewer) {
  assertCompany(viewer);
  const company = await db.company.findUniqueOrThrow({
    where: { id: viewer.company.id },
    select: {
      referentFirstName: true,
      referentLastName: true,
      referentEmail: true,
      spaceLink: { select: { person: { select: { firstName: true, lastName: true } } } },
    },
  });
  return {
    linked: company.spaceLink !== null,
    referent: { firstName: company.referentFirstName, lastName: company.referentLastName, email: company.referentEmail },
  };
}

/** The company login of the viewer's company; linking is done from that login only. */
async function companyLogin(viewer: Viewer) {
  assertCompany(viewer);
  const company = await db.company.findUniqueOrThrow({
    where: { id: viewer.company.id },
    select: { id: true, accountId: true, spaceLink: { select: { id: true } }, account: { select: { person: { select: { id: true } } } } },
  });
  if (company.accountId !== viewer.accountId) throw new AccessDeniedError();
  if (company.spaceLink || company.account?.person) {
    throw new UserFacingError("Ce compte entreprise est déjà lié à un compte utilisateur.");
  }
  return { companyId: company.id, accountId: company.accountId };
}

/** C1 with an existing user account: its credentials prove the referent holds it. */
export async function linkExistingAccount(viewer: Viewer, input: LinkExistingInput, address: string | null = null, now = new Date()) {
  const { companyId, accountId } = await companyLogin(viewer);
  const wrong = new UserFacingError("Identifiant ou mot de passe incorrect.", {
    password: "Identifiant ou mot de passe du compte utilisateur incorrect.",
  });
  const found = await findAccountByIdentifier(input.identifier);
  if (found?.id === accountId)
    throw new UserFacingError("Saisissez les identifiants de votre compte utilisateur, pas ceux du compte entreprise.", {
      identifier: "C'est l'identifiant du compte entreprise : saisissez celui de votre compte utilisateur.",
    });
  const check = await verifyCredentials(input.identifier, input.password, address, now);
  if (!check.ok) {
    if (check.reason !== "INVALID") throw new UserFacingError("Trop de tentatives : réessayez dans quelques minutes.");
    throw wrong;
  }
  return db.$transaction(async (tx) => {
    const account = await tx.account.findUniqueOrThrow({
      where: { id: check.accountId },
      select: {
        id: true,
        email: true,
        uniqueId: true,
        isAdmin: true,
        company: { select: { id: true } },
        person: {
          select: { id: true, companyId: true, deletedAt: true, firstName: true, lastName: true, spaceLink: { select: { id: true } } },
        },
      },
    });
    if (!account.person || account.person.deletedAt || account.company || account.isAdmin) {
      throw new UserFacingError("Ce compte n'est pas un compte utilisateur (salarié) : il ne peut pas être lié.", {
        identifier: "Saisissez l'identifiant d'un compte utilisateur.",
      });
    }
    // issue 17: only a person of this company, or the company login would take over the
    // account (and the passports) of another company's worker
    if (account.person.companyId !== companyId) {
      throw new UserFacingError(
        "Ce compte utilisateur appartient à une autre entreprise : il ne peut pas être lié à ce compte entreprise.",
        {
          identifier: "Saisissez l'identifiant de votre propre compte utilisateur, inscrit dans cette entreprise.",
        },
      );
    }
    if (account.person.spaceLink)
      throw new UserFacingError("Ce compte utilisateur est déjà lié à un autre compte entreprise.", {
        identifier: "Ce compte utilisateur est déjà lié à un compte entreprise.",
      });
    // the person moves onto the company login; their own login is disabled (its open
    // sessions end with the new credentials version) and kept for the split
    await tx.person.update({ where: { id: account.person.id }, data: { accountId } });
    await tx.account.update({ where: { id: account.id }, data: { disabledAt: now, credentialsVersion: { increment: 1 } } });
    await tx.passwordToken.deleteMany({ where: { accountId: account.id, usedAt: null } });
    await tx.spaceLink.create({ data: { companyId, personId: account.person.id, formerPersonAccountId: account.id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "spaces.linked",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: { personId: account.person.id, formerLogin: account.email ?? account.uniqueId },
    });
    return { name: `${account.person.firstName} ${account.person.lastName.toUpperCase()}` };
  });
}

/** C1 without a user account yet: it is created in the procedure, directly on the company login. */
export async function linkNewAccount(viewer: Viewer, input: LinkNewInput) {
  const { companyId, accountId } = await companyLogin(viewer);
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.findUniqueOrThrow({ where: { code: profileCodeFor(input) }, select: { id: true, name: true } });
    const person = await tx.person.create({
      data: newPersonData({
        accountId,
        companyId,
        firstName: input.firstName,
        lastName: input.lastName,
        profileId: profile.id,
        isHauler: input.isHauler,
        isTechnical: input.isTechnical,
        origin: "COMPANY",
      }),
      select: { id: true },
    });
    await tx.spaceLink.create({ data: { companyId, personId: person.id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "spaces.linked",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: { personId: person.id, created: true },
    });
    return { name: `${input.firstName} ${input.lastName.toUpperCase()}`, profileName: profile.name };
  });
}

/**
 * C3: the person gets their own login back (their former one, re-enabled with the new
 * credentials, or a new one); the company login keeps its e-mail and password.
 */
export async function splitSpaces(viewer: Viewer, input: { email: string; newPassword: string }, now = new Date()) {
  if (!viewer.person) throw new AccessDeniedError();
  const personId = viewer.person.id;
  const personName = `${viewer.person.firstName} ${viewer.person.lastName}`;
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const link = await tx.spaceLink.findUnique({
      where: { personId },
      select: {
        id: true,
        companyId: true,
        formerPersonAccountId: true,
        company: { select: { accountId: true, account: { select: { email: true } } } },
      },
    });
    if (!link || link.company.accountId !== viewer.accountId) throw new UserFacingError("Vos espaces ne sont pas liés.");
    const taken = await tx.account.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken && taken.id !== link.formerPersonAccountId) {
      throw new UserFacingError("Cette adresse e-mail est déjà utilisée.", {
        email:
          taken.id === link.company.accountId
            ? "C'est l'identifiant du compte entreprise : choisis une autre adresse pour ton compte utilisateur."
            : "Cette adresse e-mail est déjà utilisée par un autre compte.",
      });
    }
    const credentials = {
      email: input.email,
      passwordHash,
      mustSetPassword: false,
      disabledAt: null,
      credentialsVersion: { increment: 1 },
    };
    const former = link.formerPersonAccountId
      ? await tx.account.findUnique({ where: { id: link.formerPersonAccountId }, select: { email: true } })
      : null;
    const own = link.formerPersonAccountId
      ? await tx.account.update({ where: { id: link.formerPersonAccountId }, data: credentials, select: { id: true } })
      : await tx.account.create({ data: { ...credentials, credentialsVersion: 0 }, select: { id: true } });
    // both addresses hear of the new login (issue 17, item 4: every change of credentials is told)
    const told = [input.email, ...(former?.email && former.email !== input.email ? [former.email] : [])];
    for (const to of told) {
      await enqueueEmail(tx, {
        to,
        template: "spaces-split",
        subject: "Votre compte utilisateur Passeport Sécurité a de nouveau son propre accès",
        paragraphs: [
          `Le ${formatDateTime(now)}, le compte utilisateur de ${personName} a été séparé du compte entreprise ${link.company.account?.email ?? ""}.`,
          `Il se connecte désormais avec l'adresse ${input.email} et le mot de passe choisi à ce moment-là.` +
            (to !== input.email ? ` Cette adresse (${to}) n'est plus son identifiant.` : ""),
          "Si vous n'êtes pas à l'origine de ce changement, prévenez le référent de votre entreprise ou l'UNPG.",
        ],
      });
    }
    await tx.person.update({ where: { id: personId }, data: { accountId: own.id } });
    await tx.spaceLink.delete({ where: { id: link.id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "spaces.split",
      targetType: "Company",
      targetId: link.companyId,
      companyId: link.companyId,
      data: { personId, userLogin: input.email },
    });
    return { companyLogin: link.company.account!.email!, userLogin: input.email, at: now };
  });
}

export type { SplitInput };
