// F2/F3: the answer at the gate. Only what the gate needs (name, company, profile,
// expiry), and every check is logged.
import "server-only";
import { db } from "@/lib/db";
import type { CheckChannel, CheckResult } from "@/lib/generated/prisma/client";
import { passportState } from "@/lib/passports/passport-status";

export type GateAnswer = {
  result: CheckResult;
  holder?: { firstName: string; lastName: string };
  companyName?: string;
  profileName?: string;
  expiresAt?: Date;
};

type Lookup = { passportId: string } | { number: string };

export async function verifyPassport(
  lookup: Lookup,
  context: { channel: CheckChannel; checkedById?: string | null; now?: Date },
): Promise<GateAnswer> {
  const now = context.now ?? new Date();
  const where = "passportId" in lookup ? { id: lookup.passportId } : { number: lookup.number.trim().toUpperCase() };
  const passport = await db.passport.findUnique({
    where,
    select: {
      id: true,
      status: true,
      expiresAt: true,
      person: { select: { firstName: true, lastName: true } },
      company: { select: { name: true } },
      profile: { select: { name: true } },
    },
  });
  const result: CheckResult = passport ? passportState(passport, now) : "UNKNOWN";
  await db.passportCheck.create({
    data: {
      passportId: passport?.id ?? null,
      queriedNumber: "number" in lookup ? lookup.number.slice(0, 64) : (passport?.id ?? lookup.passportId).slice(0, 64),
      checkedById: context.checkedById ?? null,
      channel: context.channel,
      result,
      checkedAt: now,
    },
  });
  if (!passport) return { result };
  return {
    result,
    holder: passport.person,
    companyName: passport.company.name,
    profileName: passport.profile.name,
    expiresAt: passport.expiresAt,
  };
}
