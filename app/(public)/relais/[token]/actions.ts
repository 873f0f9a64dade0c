"use server";
import { publicAction } from "@/lib/public-action";
import { acceptInvitationSchema } from "@/lib/companies/referent-handover.schema";
import { acceptHandover } from "@/lib/companies/referent-handover";

export const acceptHandoverAction = publicAction(acceptInvitationSchema, async ({ token, password }) => acceptHandover(token, password));
