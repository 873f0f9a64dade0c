// A company of its own with its referent login, and the referent's own user account (a
// trainer, profile "Salarié technique") in that company: what seed 002's procedures start from.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { uniq } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";

export const COMPANY_PASSWORD = "Entreprise-Mot-2026";
export const USER_PASSWORD = "Utilisateur-Mot-2026";

export async function companyWithTrainerReferent() {
  const tag = uniq();
  const companyEmail = `entreprise-${tag}@example.fr`;
  const userEmail = `perso-${tag}@example.fr`;
  const companyAccount = await db.account.create({
    data: { email: companyEmail, passwordHash: await hashPassword(COMPANY_PASSWORD), mustSetPassword: false },
  });
  const company = await db.company.create({
    data: {
      kind: "SUBCONTRACTOR",
      name: `Liaison ${tag}`,
      regions: ["BRETAGNE"],
      referentLastName: "Roux",
      referentFirstName: "Rémi",
      referentEmail: companyEmail,
      accountId: companyAccount.id,
    },
  });
  const userAccount = await db.account.create({
    data: { email: userEmail, passwordHash: await hashPassword(USER_PASSWORD), mustSetPassword: false },
  });
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "TECHNIQUE" } });
  const person = await db.person.create({
    data: {
      accountId: userAccount.id,
      companyId: company.id,
      firstName: "Rémi",
      lastName: `Roux${tag}`,
      searchName: `rémi roux${tag}`,
      profileId: profile.id,
      isTechnical: true,
    },
  });
  await accreditTrainer(person.id);
  return {
    tag,
    company,
    companyEmail,
    userEmail,
    companyAccount,
    userAccount,
    person,
    companyViewer: async () => (await loadViewer(companyAccount.id))!,
  };
}
