// The fields of a passport that lists and printouts show, selected once.
import type { Prisma } from "@/lib/generated/prisma/client";

export const passportSummarySelect = {
  id: true,
  number: true,
  status: true,
  issuedAt: true,
  expiresAt: true,
  /** issue 12: the language the training was taken in */
  language: true,
  profile: { select: { name: true } },
  company: { select: { name: true } },
} satisfies Prisma.PassportSelect;
