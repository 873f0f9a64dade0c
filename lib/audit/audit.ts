// H5/I5: the audit log. Written in the transaction of the change it records.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  companyId?: string | null;
  data?: Prisma.InputJsonValue;
};

export function audit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry, select: { id: true } });
}
