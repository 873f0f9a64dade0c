import { profileCodeFor } from "@/lib/people/profile-rule";

it("chooses the profile from the transporter and technical answers", () => {
  expect(profileCodeFor({ isHauler: false, isTechnical: false })).toBe("ADMINISTRATIF");
  expect(profileCodeFor({ isHauler: false, isTechnical: true })).toBe("TECHNIQUE");
  expect(profileCodeFor({ isHauler: true, isTechnical: false })).toBe("TRANSPORTEUR");
  expect(profileCodeFor({ isHauler: true, isTechnical: true })).toBe("TRANSPORTEUR");
});
