// Tests that need a trainer other than the demo one: the role exists only through an
// approved, unexpired accreditation (issue 17).
import { db } from "@/lib/db";

export async function accreditTrainer(personId: string, validUntil = new Date(Date.now() + 365 * 86_400_000)) {
  return db.trainerAccreditation.create({
    data: { personId, status: "APPROVED", decidedAt: new Date(), validUntil },
    select: { id: true },
  });
}
