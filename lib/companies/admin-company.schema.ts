import { z } from "zod";
import { handoverSchema } from "@/lib/companies/referent-handover.schema";

// Issue 11, item 3: the administrators' actions on a company.
const id = z.string().min(1).max(40);

export const suspendCompanySchema = z.object({
  companyId: id,
  reason: z
    .string()
    .trim()
    .min(3, "Indiquez le motif de la suspension (3 caractères au moins).")
    .max(500, "Le motif ne peut pas dépasser 500 caractères."),
});
export type SuspendCompanyInput = z.infer<typeof suspendCompanySchema>;

export const reactivateCompanySchema = z.object({ companyId: id });

/** The new referent, named by an administrator: the same fields as the referent's own handover (C4). */
export const changeReferentSchema = z.intersection(z.object({ companyId: id }), handoverSchema);
export type ChangeReferentInput = z.infer<typeof changeReferentSchema>;

export const mergeCompanySchema = z.object({ companyId: id, targetId: id });
