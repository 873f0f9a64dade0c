// D5/E7: issuing a passport, always inside the caller's transaction (the last passed
// module online, or the trainer's decision), so that a passport never exists without the
// result that earned it, nor the result without its passport.
import "server-only";
import type { Tx } from "@/lib/db";
import type { ValidationSource } from "@/lib/generated/prisma/client";
import { newPassportNumber } from "@/lib/passports/passport-number";

export function expiryFrom(issuedAt: Date, validityMonths: number) {
  const expires = new Date(issuedAt);
  expires.setUTCMonth(expires.getUTCMonth() + validityMonths);
  return expires;
}

export async function issuePassport(
  tx: Tx,
  input: {
    personId: string;
    profileId: string;
    companyId: string;
    via: ValidationSource;
    sessionId?: string;
    trainerId?: string;
    /** issue 12: the language the training was taken in (French by default) */
    language?: string;
    now: Date;
  },
) {
  const profile = await tx.profile.findUniqueOrThrow({ where: { id: input.profileId }, select: { validityMonths: true } });
  // a collision is ~1 in 887 million per year; taken numbers are skipped
  let number = newPassportNumber(input.now);
  for (let i = 0; i < 5 && (await tx.passport.findUnique({ where: { number }, select: { id: true } })); i++) {
    number = newPassportNumber(input.now);
  }
  // issue 11: the statistics' day total, in the same transaction as the passport
  await tx.$executeRaw`
    INSERT INTO "PassportDayCount" ("day", "profileId", "issuedVia", "passports")
    VALUES ((${input.now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date, ${input.profileId}, ${input.via}::"ValidationSource", 1)
    ON CONFLICT ("day", "profileId", "issuedVia") DO UPDATE SET "passports" = "PassportDayCount"."passports" + 1`;
  return tx.passport.create({
    data: {
      number,
      personId: input.personId,
      profileId: input.profileId,
      companyId: input.companyId,
      issuedAt: input.now,
      expiresAt: expiryFrom(input.now, profile.validityMonths),
      issuedVia: input.via,
      sessionId: input.sessionId ?? null,
      trainerId: input.trainerId ?? null,
      language: input.language ?? "fr",
    },
    select: { id: true, number: true, expiresAt: true },
  });
}
