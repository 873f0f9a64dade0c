import { z } from "zod";

// Issue 11, item 5: the query string of "E-MAILS ENVOYÉS". The page goes back in time by keyset
// ("avant" = the last message shown, as "<ISO date>~<id>"), never by offset, so that the 10,000th
// page costs what the first does. Unexpected values fall back to their default.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([a-z0-9]{10,40})$/;

export const outboxQuerySchema = z.object({
  q: z.preprocess(first, z.string().max(100).catch("")).catch(""),
  statut: z.preprocess(first, z.enum(["PENDING", "SENT", "FAILED"]).optional()).catch(undefined),
  avant: z
    .preprocess(
      first,
      z
        .string()
        .regex(CURSOR)
        .transform((value) => {
          const [, at, id] = CURSOR.exec(value)!;
          return { createdAt: new Date(at), id };
        })
        .refine((c) => !Number.isNaN(c.createdAt.getTime()))
        .optional(),
    )
    .catch(undefined),
});

export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const cursorOf = (row: { createdAt: Date; id: string }) => `${row.createdAt.toISOString()}~${row.id}`;

export const resendEmailSchema = z.object({ emailId: z.string().min(1).max(40) });
