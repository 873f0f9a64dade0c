"use server";
// A fresh proof-of-work challenge for the public forms. A challenge is used up once verified,
// even when the submission is then refused: the form asks for a new one before retrying.
import { z } from "zod";
import { publicAction } from "@/lib/safe-action";
import { newChallenge } from "@/lib/antibot/proof-of-work";

export const newChallengeAction = publicAction("antibot.newChallenge", z.object({}), async () => newChallenge());
