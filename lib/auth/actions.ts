"use server";
// Server actions of the public login and password pages: the login's proof-of-work
// challenge, "Mot de passe oublié" and the single-use link.
import { publicAction } from "@/lib/safe-action";
import { forgottenSchema, setPasswordSchema } from "@/lib/auth/password-forms.schema";
import { after } from "next/server";
import { acceptPasswordResetRequest, setPasswordWithToken } from "@/lib/auth/password-reset";
import { challengeRequestSchema } from "@/lib/auth/login.schema";
import { loginThrottleState, proofDifficulty, THROTTLE } from "@/lib/auth/throttle";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { requestAddress } from "@/lib/http/request-address";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";

/** A challenge as hard as the identifier's recent failures require (the login form asks after PROOF_REQUIRED). */
export const loginChallengeAction = publicAction("auth.loginChallenge", challengeRequestSchema, async ({ identifier }) => {
  const state = await loginThrottleState(identifier, await requestAddress());
  return newChallenge(Date.now(), Math.max(THROTTLE.identifier.firstDifficulty, proofDifficulty(state.identifierFailures)));
});

export const requestPasswordResetAction = publicAction("auth.requestPasswordReset", forgottenSchema, async ({ identifier }) => {
  await enforceRateLimit("passwordReset", await requestAddress());
  // the same answer at the same time for every identifier: the work runs after the answer
  acceptPasswordResetRequest(identifier, after);
  return null;
});

export const setPasswordAction = publicAction("auth.setPassword", setPasswordSchema, async ({ token, password }) => {
  await setPasswordWithToken(token, password);
  return null;
});
