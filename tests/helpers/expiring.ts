// People of a fresh company whose passport expires in a given number of days, for the
// reminder and digest tests (issue 13).
import { db } from "@/lib/db";
import { registeredCompany } from "@/tests/helpers/companies";
import { DEMO_PASSWORD, uniq } from "@/tests/helpers/demo";
import { hashPassword } from "@/lib/auth/password";

const DAY = 86_400_000;

export async function holderWithPassport(
  companyId: string,
  {
    days,
    email = true,
    prefs = {},
    canLogIn = false,
  }: { days: number; email?: boolean; prefs?: Record<string, boolean>; canLogIn?: boolean },
  now = new Date(),
) {
  const tag = uniq();
  const profile = await db.profile.findFirstOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
  const account = await db.account.create({
    data: {
      ...(email ? { email: `titulaire-${tag}@example.fr` } : { uniqueId: `T${tag}`.slice(0, 12).toUpperCase() }),
      ...(canLogIn ? { passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false } : {}),
    },
    select: { id: true, email: true },
  });
  const person = await db.person.create({
    data: { accountId: account.id, companyId, firstName: "Léa", lastName: `Titulaire${tag}`, profileId: profile.id, ...prefs },
    select: { id: true, lastName: true },
  });
  const passport = await db.passport.create({
    data: {
      number: `PS-T-${tag}`.toUpperCase(),
      personId: person.id,
      profileId: profile.id,
      companyId,
      issuedAt: new Date(now.getTime() - 3 * 365 * DAY),
      expiresAt: new Date(now.getTime() + days * DAY),
      issuedVia: "ONLINE",
    },
    select: { id: true, number: true, expiresAt: true },
  });
  return { accountId: account.id, email: account.email, personId: person.id, lastName: person.lastName, passport };
}

export async function companyWithHolders(daysList: number[], now = new Date()) {
  const company = await registeredCompany();
  const holders = [];
  for (const days of daysList) holders.push(await holderWithPassport(company.id, { days }, now));
  return { company, holders };
}
