// Issue 17, item 12: every route that takes a parameter (path segment or query), given the
// fixed corpus of hostile values by anonymous visitors and by the role that may open it,
// answers without a server error — and the app logs no unhandled error. The test starts its
// own instance of the built app, so that its log holds this test's requests only.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { db } from "@/lib/db";
import { DEMO, DEMO_PASSWORD } from "@/tests/helpers/demo";
import { HOSTILE_STRINGS } from "@/tests/helpers/hostile";
import { anonymous, httpLogin, type HttpSession } from "@/tests/helpers/http-session";

let app: ChildProcess;
let base: string;
let log = "";

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXTAUTH_URL: base, APP_URL: base },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout!.on("data", (d) => (log += d));
  app.stderr!.on("data", (d) => (log += d));
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/sante`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`l'instance de test ne répond pas :\n${log}`);
}, 60_000);

afterAll(async () => {
  app?.kill("SIGTERM");
  await db.$disconnect();
});

// [path with X where the hostile value goes, who opens it]
const ROUTES: [string, "anonyme" | "référent" | "adhérent" | "salarié" | "formateur" | "administrateur"][] = [
  ["/verification/X", "anonyme"],
  ["/definir-mot-de-passe/X", "anonyme"],
  ["/relais/X", "anonyme"],
  ["/confirmer-adresse/X", "anonyme"],
  ["/?connexion=X", "anonyme"],
  ["/inscription/salarie?q=X", "anonyme"],
  ["/entreprise/salaries/X/modifier", "référent"],
  ["/entreprise/salaries?q=X&tri=X&ordre=X&page=X", "référent"],
  ["/entreprise/salaries?page=X", "référent"],
  ["/entreprise/informations?relais=X", "référent"],
  ["/entreprise/salaries/export?format=X", "référent"],
  ["/entreprise/salaries/import/modele?format=X", "référent"],
  ["/adherent/salaries/X/modifier", "adhérent"],
  ["/adherent/salaries?q=X&tri=X&page=X", "adhérent"],
  ["/espace/parcours/X", "salarié"],
  ["/formateur/sessions/X", "formateur"],
  ["/formateur/sessions/X/diffusion", "formateur"],
  ["/formateur/validation?q=X", "formateur"],
  ["/formateur/validation/export?format=X", "formateur"],
  ["/formateur/impression?q=X", "formateur"],
  ["/api/sessions/X/questionnaires", "formateur"],
  ["/api/passeports/X/pdf", "référent"],
  ["/api/passeports/lot?ids=X", "référent"],
  ["/admin/recherche?q=X", "administrateur"],
  ["/admin/utilisateurs?q=X&etat=X&apres=X", "administrateur"],
  ["/admin/utilisateurs/X", "administrateur"],
  ["/admin/utilisateurs/export?format=X", "administrateur"],
  ["/admin/entreprises/export?format=X", "administrateur"],
  ["/admin/journal?acteur=X&cible=X&entreprise=X&action=X&du=X&au=X&avant=X", "administrateur"],
  ["/admin/sessions/X", "administrateur"],
  ["/aide?q=X", "anonyme"],
  ["/aide/guides/X", "anonyme"],
  ["/admin/assistance?etat=X", "administrateur"],
  ["/admin/assistance/X", "administrateur"],
];

/** The administrator over HTTP: the password, then the session marked as having given the second factor (as the matrix does). */
async function adminSession(base: string) {
  const before = new Date(Date.now() - 1000);
  const session = await httpLogin(DEMO.admin, DEMO_PASSWORD, {}, base);
  const account = await db.account.findUniqueOrThrow({ where: { email: DEMO.admin }, select: { id: true } });
  await db.authSession.updateMany({
    where: { accountId: account.id, secondFactorAt: null, revokedAt: null, createdAt: { gte: before } },
    data: { secondFactorAt: new Date() },
  });
  return session;
}

it("answers hostile parameters without a server error, and logs no unhandled error", async () => {
  const who: Record<string, HttpSession> = {
    anonyme: anonymous(base),
    référent: await httpLogin(DEMO.referent, DEMO_PASSWORD, {}, base),
    adhérent: await httpLogin(DEMO.member, DEMO_PASSWORD, {}, base),
    salarié: await httpLogin(DEMO.learnerWithEmail, DEMO_PASSWORD, {}, base),
    formateur: await httpLogin(DEMO.trainer, DEMO_PASSWORD, {}, base),
    administrateur: await adminSession(base),
  };
  const errors: string[] = [];
  let requests = 0;
  for (const [route, role] of ROUTES) {
    for (const value of HOSTILE_STRINGS) {
      // the value as a browser would send it, and raw percent signs as an attacker would
      for (const encoded of [encodeURIComponent(value), value.replace(/[^%0-9A-Za-z]/gu, encodeURIComponent)]) {
        const path = route.replaceAll("X", encoded);
        for (const session of new Set([who.anonyme, who[role]])) {
          requests++;
          const res = await session.get(path);
          await res.arrayBuffer();
          if (res.status >= 500) errors.push(`${path} (${session === who.anonyme ? "anonyme" : role}) : HTTP ${res.status}`);
        }
      }
    }
  }
  // Next.js marks unhandled errors with ⨯; the app's own logger writes level 50 for errors
  const logErrors = log.split("\n").filter((l) => l.includes("⨯") || /"level":(50|60)/.test(l));
  console.log(`fuzz des routes : ${requests} requêtes, ${errors.length} erreurs serveur, ${logErrors.length} erreurs dans le journal`);
  expect(errors).toEqual([]);
  expect(logErrors).toEqual([]);
}, 600_000);
