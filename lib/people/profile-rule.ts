// B4/D2: the answers to "Cet utilisateur est-il transporteur ?" and "…va-t-il intervenir
// techniquement sur nos installations ?" choose the profile. A haulier follows the
// Transporteur path even when also technical: loading and weighing are their daily risks.
export function profileCodeFor(answers: { isHauler: boolean; isTechnical: boolean }) {
  if (answers.isHauler) return "TRANSPORTEUR";
  if (answers.isTechnical) return "TECHNIQUE";
  return "ADMINISTRATIF";
}
