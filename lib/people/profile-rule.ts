// B4/D2: the answers to "Cet utilisateur est-il transporteur ?" and "…va-t-il intervenir
// techniquement sur nos installations ?" choose the profile. A haulier follows the
// Transporteur path even when also technical: loading and weighing are their daily risks.
export function profileCodeFor(answers: { isHauler: boolean; isTechnical: boolean }) {
  if (answers.isHauler) return "TRANSPORTEUR";
  if (answers.isTechnical) return "TECHNIQUE";
  return "ADMINISTRATIF";
}

/** Issue 12: every answer pair with the profile it leads to, as the content studio shows the rule. */
export const PROFILE_RULE_CASES = [false, true].flatMap((isHauler) =>
  [false, true].map((isTechnical) => ({ isHauler, isTechnical, code: profileCodeFor({ isHauler, isTechnical }) })),
);

/** The codes the rule can give: these profiles must stay active (new people are given them). */
export const RULE_PROFILE_CODES: readonly string[] = [...new Set(PROFILE_RULE_CASES.map((c) => c.code))];
