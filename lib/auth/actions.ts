"use server";
// Server actions of the public login and password pages (the login's proof-of-work
// challenge, "Mot de passe oublié", the single-use links, the confirmation of a new e-mail)
// and of a person's own credentials in MES INFORMATIONS.
import { adminAction, learnerAction, publicAction } from "@/lib/safe-action";
import { forgottenSchema, setPasswordSchema } from "@/lib/auth/password-forms.schema";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { changePasswordSchema, confirmEmailChangeSchema, emailChangeSchema } from "@/lib/auth/credential-change.schema";
import { confirmEmailChange } from "@/lib/auth/credential-change";
import { changeOwnPassword, requestOwnEmailChange } from "@/lib/auth/own-credentials";
import { getSessionState } from "@/lib/auth/current-user";
import {
  confirmEnrolment,
  renewRecoveryCodes,
  resetSecondFactor,
  SECOND_FACTOR_ERRORS,
  verifySecondFactor,
} from "@/lib/auth/second-factor";
import { resetSecondFactorSchema, secondFactorCodeSchema } from "@/lib/auth/login.schema";
import { UserFacingError } from "@/lib/errors";
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

// issue 17, item 4: a new login e-mail is confirmed from the link sent to it
export const confirmEmailChangeAction = publicAction("auth.confirmEmailChange", confirmEmailChangeSchema, async ({ token }) =>
  confirmEmailChange(token),
);

export const changeOwnPasswordAction = learnerAction("auth.changeOwnPassword", changePasswordSchema, async (input, { viewer }) =>
  changeOwnPassword(viewer, input),
);

export const requestOwnEmailChangeAction = learnerAction("auth.requestOwnEmailChange", emailChangeSchema, async (input, { viewer }) => {
  const result = await requestOwnEmailChange(viewer, input);
  revalidatePath("/espace/mes-informations");
  return result;
});

// issue 17, item 5: the administrators' second factor, for the session their password opened
async function pendingSecondFactor() {
  const state = await getSessionState();
  if (state.status !== "SECOND_FACTOR") throw new UserFacingError(SECOND_FACTOR_ERRORS.NO_PENDING);
  return state;
}

export const verifySecondFactorAction = publicAction("auth.verifySecondFactor", secondFactorCodeSchema, async ({ code }) =>
  verifySecondFactor((await pendingSecondFactor()).sessionId, code),
);

export const confirmEnrolmentAction = publicAction("auth.confirmEnrolment", secondFactorCodeSchema, async ({ code }) =>
  confirmEnrolment((await pendingSecondFactor()).sessionId, code),
);

export const renewRecoveryCodesAction = adminAction("auth.renewRecoveryCodes", secondFactorCodeSchema, async ({ code }, { viewer }) =>
  renewRecoveryCodes(viewer, code),
);

export const resetSecondFactorAction = adminAction(
  "auth.resetSecondFactor",
  resetSecondFactorSchema,
  async ({ accountId, code }, { viewer }) => {
    const result = await resetSecondFactor(viewer, accountId, code);
    revalidatePath("/admin/securite");
    return result;
  },
);
