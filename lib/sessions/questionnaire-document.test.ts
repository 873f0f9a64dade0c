import { rightAnswersToPass } from "@/lib/sessions/questionnaire-document";

it("gives the right answers needed to pass a module, as the quiz rounds its score (issue 15)", () => {
  expect(rightAnswersToPass(5, 80)).toBe(4);
  expect(rightAnswersToPass(20, 80)).toBe(16);
  expect(rightAnswersToPass(3, 80)).toBe(3); // 2 of 3 is 67 %
  expect(rightAnswersToPass(6, 80)).toBe(5); // 5 of 6 is 83 %
  expect(rightAnswersToPass(4, 0)).toBe(0);
});
