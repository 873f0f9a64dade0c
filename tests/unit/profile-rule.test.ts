import { PROFILE_RULE_CASES, RULE_PROFILE_CODES, profileCodeFor } from "@/lib/people/profile-rule";

it("chooses the profile from the transporter and technical answers", () => {
  expect(profileCodeFor({ isHauler: false, isTechnical: false })).toBe("ADMINISTRATIF");
  expect(profileCodeFor({ isHauler: false, isTechnical: true })).toBe("TECHNIQUE");
  expect(profileCodeFor({ isHauler: true, isTechnical: false })).toBe("TRANSPORTEUR");
  expect(profileCodeFor({ isHauler: true, isTechnical: true })).toBe("TRANSPORTEUR");
});

it("lists the rule as the content studio shows it, and the profiles it gives", () => {
  expect(PROFILE_RULE_CASES).toEqual([
    { isHauler: false, isTechnical: false, code: "ADMINISTRATIF" },
    { isHauler: false, isTechnical: true, code: "TECHNIQUE" },
    { isHauler: true, isTechnical: false, code: "TRANSPORTEUR" },
    { isHauler: true, isTechnical: true, code: "TRANSPORTEUR" },
  ]);
  expect([...RULE_PROFILE_CODES].sort()).toEqual(["ADMINISTRATIF", "TECHNIQUE", "TRANSPORTEUR"]);
});
