// Time to print the questionnaires of the largest session: 40 participants (the wizard's
// limit) on the longest profile (Salarié technique, 8 modules), with the trainer's key.
// Run: npm run bench:questionnaires
import { questionnaireHtml } from "../lib/sessions/questionnaire-document";
import { closePdfBrowser, renderPdf } from "../lib/pdf/render-pdf";
import { seedModules, seedProfiles } from "../prisma/seed-content";

const COUNT = Number(process.env.BENCH_COUNT ?? 40);
const profile = seedProfiles.find((p) => p.code === "TECHNIQUE")!;
const modules = profile.moduleSlugs.map((slug) => {
  const m = seedModules.find((s) => s.slug === slug)!;
  return {
    title: m.title,
    passMark: m.passMark,
    questions: m.questions.map((q, i) => ({
      id: `${slug}-${i}`,
      text: q.text,
      choices: q.choices.map((c) => ({ text: c.text, isCorrect: c.correct })),
    })),
  };
});
const data = {
  sessionId: "bench-session",
  sessionLabel: `${profile.name} n°47`,
  profileName: profile.name,
  heldOn: new Date("2026-11-23T08:00:00Z"),
  participants: Array.from({ length: COUNT }, (_, i) => ({
    firstName: `Prénom${i}`,
    lastName: `Nom${i}`,
    companyName: "Carrières Services Transports",
  })),
  modules,
};

async function main() {
  await renderPdf(questionnaireHtml({ ...data, participants: data.participants.slice(0, 1) })); // Chromium launch, not measured
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const pdf = await renderPdf(questionnaireHtml(data));
    runs.push(performance.now() - t0);
    if (r === 0) console.log(`${COUNT} participants, ${modules.length} modules : PDF de ${(pdf.length / 1024).toFixed(0)} Kio`);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `Questionnaires de ${COUNT} participants + corrigé : médiane ${(runs[1] / 1000).toFixed(2)} s (min ${(runs[0] / 1000).toFixed(2)} s, max ${(runs[2] / 1000).toFixed(2)} s)`,
  );
  await closePdfBrowser();
}

main();
