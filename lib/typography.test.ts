import { frenchSpaces } from "@/lib/typography";

it("puts a narrow no-break space before ; : ! ? and inside « »", () => {
  expect(frenchSpaces("Attention : « Mot de passe oublié ? » !")).toBe("Attention\u202f: «\u202fMot de passe oublié\u202f?\u202f»\u202f!");
});
