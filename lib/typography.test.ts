import { frenchSpaces, frenchSpacesInHtml } from "@/lib/typography";

it("puts a narrow no-break space before ; : ! ? and inside « »", () => {
  expect(frenchSpaces("Attention : « Mot de passe oublié ? » !")).toBe("Attention\u202f: «\u202fMot de passe oublié\u202f?\u202f»\u202f!");
  expect(frenchSpaces("Un ; deux")).toBe("Un\u202f; deux");
});

it("replaces an ordinary no-break space before a sign too, and runs of spaces", () => {
  expect(frenchSpaces("Nom\u00a0: Dupont")).toBe("Nom\u202f: Dupont");
  expect(frenchSpaces("Vraiment  ?")).toBe("Vraiment\u202f?");
});

it("puts a no-break space between a number and % or a unit", () => {
  expect(frenchSpaces("au moins 80 % de bonnes réponses")).toBe("au moins 80\u00a0% de bonnes réponses");
  expect(frenchSpaces("35 mm, 300 Mo, 2 h, 15 min, 12 €")).toBe("35\u00a0mm, 300\u00a0Mo, 2\u00a0h, 15\u00a0min, 12\u00a0€");
});

it("leaves words that merely start like a unit, times and addresses alone", () => {
  expect(frenchSpaces("3 modules, 2 mois, 4 semaines")).toBe("3 modules, 2 mois, 4 semaines");
  expect(frenchSpaces("à 10:30 sur https://exemple.fr?x=1")).toBe("à 10:30 sur https://exemple.fr?x=1");
});

it("keeps a required field's star with its label", () => {
  expect(frenchSpaces("Est-il transporteur ? *")).toBe("Est-il transporteur\u202f?\u00a0*");
});

it("is idempotent", () => {
  const once = frenchSpaces("Score : 80 % ! « Oui »");
  expect(frenchSpaces(once)).toBe(once);
});

it("in HTML, changes the text only", () => {
  const html = `<style>a :hover { color: red }</style><p title="a : b">Nom : <strong>Dupont</strong> — 80 %</p>`;
  expect(frenchSpacesInHtml(html)).toBe(
    `<style>a :hover { color: red }</style><p title="a : b">Nom\u202f: <strong>Dupont</strong> — 80\u00a0%</p>`,
  );
});
