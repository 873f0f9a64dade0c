// Who may see a passport: its holder, the holder's company space, the trainer of the
// session that issued it, and administrators. Checked in the query itself.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { isTrainer } from "@/lib/auth/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { passportSummarySelect } from "@/lib/passports/passport-summary";
import { isId } from "@/lib/text";

export function visiblePassportsWhere(viewer: Viewer): Prisma.PassportWhereInput {
  if (viewer.isAdmin) return {};
  const or: Prisma.PassportWhereInput[] = [];
  if (viewer.person) {
    or.push({ personId: viewer.person.id });
    if (isTrainer(viewer)) or.push({ session: { trainerId: viewer.person.id } });
  }
  if (viewer.company) or.push({ person: { companyId: viewer.company.id } });
  return or.length ? { OR: or } : { id: "__none__" };
}

export async function getPassportsForPrint(viewer: Viewer, passportIds: string[]) {
  passportIds = passportIds.filter(isId);
  if (passportIds.length === 0) return [];
  const rows = await db.passport.findMany({
    where: { AND: [{ id: { in: passportIds } }, visiblePassportsWhere(viewer)] },
    select: { ...passportSummarySelect, person: { select: { firstName: true, lastName: true, photoKey: true } } },
  });
  // keep the caller's order
  const byId = new Map(rows.map((r) => [r.id, r]));
  return passportIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
