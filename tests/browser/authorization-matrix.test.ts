// Issue 17, item 13: every page and route handler × every kind of visitor, over HTTP against
// the running app. The expected answer of each cell is written in the one table below; a
// route that takes an id is tried with the visitor's own and with a foreign one.
import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { storeMedia } from "@/lib/media/storage";
import { createModuleFromStudio } from "@/lib/content/studio";
import { QR_READER_WASM_PATH } from "@/lib/passports/qr-reader";
import { hashPassword } from "@/lib/auth/password";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { DEMO, DEMO_PASSWORD, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";
import { anonymous, httpLogin, type HttpSession } from "@/tests/helpers/http-session";

afterAll(() => db.$disconnect());

// Columns, in this order. Referent B runs another subcontractor company (created here).
const ROLES = ["anonyme", "administrateur", "référent A", "référent B", "adhérent", "salarié", "formateur", "contrôleur"] as const;

// O = 200 · L = sent to the login (307 to /?callbackUrl=… or /?connexion=requise) · R = sent to
// one's own space (307) · N = 404 · U = 401 · F = 403 · M = 405 (the route has no GET)
// Ids: {lucie} is a CST employee (company A), {marc} a GVL employee, {urgence} a module of every
// profile, {chargement} a module of the Transporteur profile only, {session} a session of the
// demo trainer, {jean} and {marcPassport} the passports of a CST and of a GVL worker, {cst} the
// CST company, {dataset} one of the statistics' CSV downloads, {media} a stored medium, {guide}
// a manual of the help centre, {qrReader} the QR reader's versioned file, {support} a request
// of its contact form. /mon-espace sends everyone to their space, anonymous visitors to the
// home page.
const MATRIX: Record<string, string> = {
  "/": "OOOOOOOO",
  "/acces-administrateur": "OOOOOOOO",
  "/aide": "OOOOOOOO",
  "/aide?q=epi": "OOOOOOOO",
  "/aide/guides/{guide}": "OOOOOOOO",
  "/aide/contact": "OOOOOOOO",
  "/mon-espace": "RRRRRRRR",
  "/cgu": "OOOOOOOO",
  "/confidentialite": "OOOOOOOO",
  "/credits": "OOOOOOOO",
  "/mentions-legales": "OOOOOOOO",
  "/inscription/entreprise": "OOOOOOOO",
  "/inscription/adherent": "OOOOOOOO",
  "/inscription/salarie": "OOOOOOOO",
  "/mot-de-passe-oublie": "OOOOOOOO",
  "/definir-mot-de-passe/lien-inexistant-0123456789abcdef": "OOOOOOOO",
  "/relais/lien-inexistant-0123456789abcdef": "OOOOOOOO",
  "/confirmer-adresse/lien-inexistant-0123456789abcdef": "OOOOOOOO",
  "/verification/jeton.falsifie": "NNNNNNNN",
  "/connexion/suite": "LRRRRRRR",
  "/api/sante": "OOOOOOOO",
  // training media are public, as the demo media under /media are
  "/medias/{media}": "OOOOOOOO",
  // the check screen's QR code reader (WebAssembly), public like the site's scripts
  "/lecteur-qr/{qrReader}": "OOOOOOOO",
  "/api/auth/session": "OOOOOOOO",
  // issue 18: the QR keys and revocation list are public; the API wants a key, never a session
  "/documentation-api": "OOOOOOOO",
  "/api/v1/cles": "OOOOOOOO",
  "/api/v1/revocations": "OOOOOOOO",
  "/api/v1/openapi.json": "OOOOOOOO",
  "/api/v1/passeports/{jeanNumber}": "UUUUUUUU",
  "/api/v1/verifications": "MMMMMMMM",
  // issue 18, items 1 and 3: the service worker and the two web app manifests are public, like
  // scripts (what the worker keeps is decided per page, for the signed-in person only)
  "/serwist/{serviceWorker}": "OOOOOOOO",
  "/manifestes/espace.webmanifest": "OOOOOOOO",
  "/manifestes/controle.webmanifest": "OOOOOOOO",

  "/entreprise": "LNOONNNN",
  "/entreprise/informations": "LNOONNNN",
  "/entreprise/informations/lier": "LNOONNNN",
  "/entreprise/informations/relais": "LNOONNNN",
  "/entreprise/salaries": "LNOONNNN",
  "/entreprise/salaries/nouveau": "LNOONNNN",
  // issue 14: employee import (its template) and the list's export, streamed
  "/entreprise/salaries/import": "LNOONNNN",
  "/entreprise/salaries/import/modele": "LNOONNNN",
  "/entreprise/salaries/import/modele?format=xlsx": "LNOONNNN",
  "/entreprise/salaries/export": "LNOONNNN",
  "/entreprise/salaries/export?format=xlsx": "LNOONNNN",
  "/entreprise/salaries/{lucie}/modifier": "LNONNNNN",
  "/entreprise/salaries/{marc}/modifier": "LNNNNNNN",
  "/entreprise/notifications": "LNOONNNN",
  // issue 14: the Passeport de prévention, a company's own trainings (referent B gets its own, empty)
  "/entreprise/passeport-prevention": "LNOONNNN",
  "/entreprise/passeport-prevention?du=2026-02-30&au=demain": "LNOONNNN",
  "/entreprise/passeport-prevention/export?format=csv": "LNOONNNN",
  "/entreprise/passeport-prevention/export?format=json&du=2026-01-01&au=2026-12-31": "LNOONNNN",

  "/adherent": "LNNNONNN",
  "/adherent/informations": "LNNNONNN",
  "/adherent/informations/lier": "LNNNONNN",
  "/adherent/informations/relais": "LNNNONNN",
  "/adherent/salaries": "LNNNONNN",
  "/adherent/salaries/nouveau": "LNNNONNN",
  "/adherent/salaries/import": "LNNNONNN",
  "/adherent/salaries/import/modele": "LNNNONNN",
  "/adherent/salaries/export": "LNNNONNN",
  "/adherent/salaries/export?format=xlsx": "LNNNONNN",
  "/adherent/salaries/{marc}/modifier": "LNNNONNN",
  "/adherent/salaries/{lucie}/modifier": "LNNNNNNN",
  // issue 18: quarry sites, their checks (and CSV), the access-control API keys
  "/adherent/sites": "LNNNONNN",
  "/adherent/controles": "LNNNONNN",
  "/adherent/controles?site=demositerocheblanche&resultat=VALID&du=2026-01-01&au=2026-12-31": "LNNNONNN",
  "/adherent/controles/csv": "LNNNONNN",
  "/adherent/api": "LNNNONNN",
  "/adherent/notifications": "LNNNONNN",
  "/adherent/passeport-prevention": "LNNNONNN",
  "/adherent/passeport-prevention/export?format=json": "LNNNONNN",

  "/espace": "LNNNNOOO",
  "/espace/mes-informations": "LNNNNOOO",
  // issue 14: "Télécharger mes données", one's own only (no id in the URL)
  "/espace/mes-informations/donnees": "LNNNNOOO",
  "/espace/parcours": "LNNNNOOO",
  "/espace/parcours/{urgence}": "LNNNNOOO",
  "/espace/parcours/{chargement}": "LNNNNNNN",
  "/espace/passeports": "LNNNNOOO",
  "/espace/controle": "LNNNNNOO",
  "/espace/notifications": "LNNNNOOO",

  "/formateur": "LNNNNNON",
  "/formateur/sessions/nouvelle": "LNNNNNON",
  "/formateur/sessions/{session}": "LNNNNNON",
  "/formateur/sessions/{session}/diffusion": "LNNNNNON",
  "/formateur/validation": "LNNNNNON",
  "/formateur/validation/export": "LNNNNNON",
  "/formateur/validation/export?format=xlsx": "LNNNNNON",
  "/formateur/impression": "LNNNNNON",
  "/formateur/notifications": "LNNNNNON",
  "/api/sessions/{session}/questionnaires": "UFFFFFOF",

  "/admin": "LONNNNNN",
  "/admin/entreprises": "LONNNNNN",
  "/admin/entreprises/export": "LONNNNNN",
  "/admin/entreprises/export?format=xlsx": "LONNNNNN",
  "/admin/entreprises/{cst}": "LONNNNNN",
  "/admin/habilitations": "LONNNNNN",
  "/admin/controles": "LONNNNNN",
  "/admin/securite": "LONNNNNN",
  "/admin/utilisateurs": "LONNNNNN",
  "/admin/utilisateurs/export": "LONNNNNN",
  "/admin/utilisateurs/export?format=xlsx": "LONNNNNN",
  "/admin/contenus": "LONNNNNN",
  // issue 12: the content studio ({draftModule} a module in draft, {draftVersion} its version)
  "/admin/contenus/modules/nouveau": "LONNNNNN",
  "/admin/contenus/modules/{urgence}": "LONNNNNN",
  "/admin/contenus/modules/{draftModule}/brouillon": "LONNNNNN",
  "/admin/contenus/modules/{draftModule}/brouillon/{english}": "LONNNNNN",
  "/admin/contenus/modules/{draftModule}/brouillon/{klingon}": "LNNNNNNN",
  "/admin/contenus/versions/{draftVersion}/apercu": "LONNNNNN",
  "/admin/contenus/versions/{draftVersion}/apercu?vue=projection&langue=en": "LONNNNNN",
  // uploads are POSTed (tested below)
  "/api/admin/medias": "MMMMMMMM",
  // issue 12: the content studio's profiles ({profile} is the Administratif profile)
  "/admin/contenus/profils/nouveau": "LONNNNNN",
  "/admin/contenus/profils/{profile}": "LONNNNNN",
  "/admin/statistiques": "LONNNNNN",
  "/admin/statistiques?du=2026-02-30&au=demain": "LONNNNNN",
  "/admin/statistiques/csv/{dataset}?du=2026-01-01&au=2026-12-31": "LONNNNNN",
  "/admin/emails": "LONNNNNN",
  "/admin/taches": "LONNNNNN",
  "/admin/messages": "LONNNNNN",
  "/admin/messages/nouveau": "LONNNNNN",
  "/admin/notifications": "LONNNNNN",
  "/admin/journal": "LONNNNNN",
  "/admin/journal?cible={lucie}": "LONNNNNN",
  "/admin/recherche?q=dupont": "LONNNNNN",
  "/admin/utilisateurs?etat=bloques": "LONNNNNN",
  "/admin/utilisateurs/{lucie}": "LONNNNNN",
  "/admin/utilisateurs/{lucie}/donnees": "LONNNNNN",
  "/admin/entreprises/{cst}/passeport-prevention?format=csv": "LONNNNNN",
  "/admin/utilisateurs/personne-inconnue": "LNNNNNNN",
  "/admin/sessions/{session}": "LONNNNNN",
  "/admin/aide": "LONNNNNN",
  "/admin/assistance": "LONNNNNN",
  "/admin/assistance?etat=nouvelles": "LONNNNNN",
  "/admin/assistance/{support}": "LONNNNNN",

  "/api/passeports/{jean}/pdf": "UOONNNNN",
  "/api/passeports/{marcPassport}/pdf": "UONNONNO",
  "/api/passeports/lot?ids={jean}": "UOONNNNN",
  "/api/passeports/lot?ids={jean}&format=cartes": "UOONNNNN",
  // issue 14: the attestation de formation, for whoever may see the passport (as its PDF)
  "/api/passeports/{jean}/attestation": "UOONNNNN",
  "/api/passeports/{marcPassport}/attestation": "UONNONNO",
  "/api/passeport-prevention/schema": "OOOOOOOO",
};

const answer = (res: Response): string => {
  if (res.status === 307) return /\/\?(callbackUrl|connexion=requise)/.test(res.headers.get("location") ?? "") ? "L" : "R";
  return { 200: "O", 404: "N", 401: "U", 403: "F", 405: "M" }[res.status] ?? `HTTP ${res.status}`;
};

let sessions: HttpSession[];
let ids: Record<string, string>;

beforeAll(async () => {
  // referent B: a second subcontractor company, with its own login
  const emailB = `referent-b-${uniq()}@example.fr`;
  const account = await db.account.create({
    data: { email: emailB, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false },
  });
  await db.company.create({
    data: {
      kind: "SUBCONTRACTOR",
      status: "ACTIVE",
      name: `Entreprise B ${uniq()}`,
      siret: newSiret(),
      regions: ["BRETAGNE"],
      referentFirstName: "Bea",
      referentLastName: "Bis",
      referentEmail: emailB,
      accountId: account.id,
    },
  });
  const trainer = await viewerOf(DEMO.trainer);
  const cst = await db.company.findFirstOrThrow({ where: { referentEmail: "referent@cst-demo.fr" }, select: { id: true } });
  const { sessionId } = await createAwarenessSession(
    trainer,
    createSessionSchema.parse({
      profileCode: "ADMINISTRATIF",
      participants: [{ lastName: `Matrice${uniq()}`, firstName: "Mia", companyId: cst.id }],
    }),
  );
  const person = (email: string) => db.person.findFirstOrThrow({ where: { account: { email } }, select: { id: true } });
  const moduleId = (title: string) => db.module.findFirstOrThrow({ where: { title }, select: { id: true } });
  const passport = (number: string) => db.passport.findUniqueOrThrow({ where: { number }, select: { id: true } });
  const draft = await createModuleFromStudio(await viewerOf(DEMO.admin), {
    title: `Module de la matrice ${uniq()}`,
    summary: "",
    mediaKind: "VIDEO",
    durationMinutes: 3,
    passMark: 80,
    snbpeCommon: false,
  });
  ids = {
    draftModule: draft.moduleId,
    draftVersion: draft.versionId,
    english: "en",
    klingon: "klingon",
    lucie: (await person(DEMO.learnerWithEmail)).id,
    marc: (await person(DEMO.controller)).id,
    urgence: (await moduleId("Procédure d'urgence")).id,
    chargement: (await moduleId("Chargement, bâchage et pesage")).id,
    profile: (await db.profile.findUniqueOrThrow({ where: { code: "ADMINISTRATIF" }, select: { id: true } })).id,
    session: sessionId,
    cst: cst.id,
    jean: (await passport("PS-2026-7K4M9Q")).id,
    marcPassport: (await passport("PS-2026-R8TW3N")).id,
    jeanNumber: "PS-2026-7K4M9Q",
    // one of the statistics' CSV downloads
    dataset: "formateurs",
    // a medium stored as the content studio stores them (in the app's MEDIA_DIR)
    media: (await storeMedia(new Uint8Array(readFileSync("public/media/circulation-sur-site/captions.vtt")), ["captions"])).key,
    guide: "referent",
    qrReader: QR_READER_WASM_PATH.split("/").pop()!,
    serviceWorker: "sw.js",
    support: (
      await db.supportRequest.create({
        data: { subject: "Demande de la matrice", message: "Un message de la matrice.", name: "Matrice", email: "matrice@example.fr" },
      })
    ).id,
  };
  // the administrator's password opens a session that waits for its second factor (tested in
  // the login tests); here the session is marked as having given it, as the code step does
  const before = new Date(Date.now() - 1000);
  const admin = await httpLogin(DEMO.admin, DEMO_PASSWORD);
  const adminAccount = await db.account.findUniqueOrThrow({ where: { email: DEMO.admin }, select: { id: true } });
  await db.authSession.updateMany({
    where: { accountId: adminAccount.id, secondFactorAt: null, revokedAt: null, createdAt: { gte: before } },
    data: { secondFactorAt: new Date() },
  });
  sessions = [
    anonymous(),
    admin,
    await httpLogin(DEMO.referent, DEMO_PASSWORD),
    await httpLogin(emailB, DEMO_PASSWORD),
    await httpLogin(DEMO.member, DEMO_PASSWORD),
    await httpLogin(DEMO.learnerWithEmail, DEMO_PASSWORD),
    await httpLogin(DEMO.trainer, DEMO_PASSWORD),
    await httpLogin(DEMO.controller, DEMO_PASSWORD),
  ];
}, 120_000);

it("lists every page and route handler of the app", async () => {
  const { readdirSync } = await import("node:fs");
  const files = readdirSync("app", { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f));
  const routes = files.map((f) =>
    ("/" + f.replace(/(^|\/)(page\.tsx|route\.ts)$/, ""))
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\/$/, "")
      .replace(/^$/, "/"),
  );
  const pattern = (key: string) =>
    key
      .split("?")[0]
      .replace(/\{\w+\}|lien-inexistant-[0-9a-f]+|jeton\.falsifie/g, "[x]")
      .replace(/^\/api\/auth\/session$/, "/api/auth/[x]");
  const covered = new Set(Object.keys(MATRIX).map(pattern));
  const missing = routes.map((r) => r.replace(/\[[^\]]+\]/g, "[x]")).filter((r) => !covered.has(r));
  expect(missing).toEqual([]);
});

it("answers every cell as the table says", async () => {
  const failures: string[] = [];
  let refusedExpected = 0;
  let refused = 0;
  for (const [route, row] of Object.entries(MATRIX)) {
    const path = route.replace(/\{(\w+)\}/g, (_m, k: string) => ids[k]);
    expect(row).toHaveLength(ROLES.length);
    for (const [i, who] of ROLES.entries()) {
      const got = answer(await sessions[i].get(path));
      const expected = row[i];
      if (expected !== "O") {
        refusedExpected++;
        if (got === expected) refused++;
      }
      if (got !== expected) failures.push(`${route} × ${who} : attendu ${expected}, obtenu ${got}`);
    }
  }
  console.log(
    `matrice d'autorisation : ${refused}/${refusedExpected} refusés, ${Object.keys(MATRIX).length} routes × ${ROLES.length} profils`,
  );
  expect(failures).toEqual([]);
  expect(refused).toBe(refusedExpected);
}, 300_000);

it("takes uploads from administrators only, checked by their bytes and their size (issue 12)", async () => {
  const post = (session: HttpSession, usage: string, body: Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${process.env.APP_URL ?? "http://127.0.0.1:3000"}/api/admin/medias?usage=${usage}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/octet-stream", ...(session.cookie ? { Cookie: session.cookie } : {}), ...headers },
      body: Buffer.from(body),
    });
  const captions = new Uint8Array(readFileSync("public/media/circulation-sur-site/captions.vtt"));
  const statuses = [];
  for (const session of sessions) statuses.push((await post(session, "captions", captions)).status);
  // anonymous 401, administrator 201, everyone else 403
  expect(statuses).toEqual([401, 201, 403, 403, 403, 403, 403, 403]);
  const admin = sessions[1];
  const stored = (await (await post(admin, "captions", captions)).json()) as { url: string };
  expect(stored.url).toMatch(/^\/medias\/[a-f0-9]{64}\.vtt$/);
  // a Windows executable renamed video.mp4: refused for what its bytes are
  const exe = new Uint8Array(4096);
  exe.set([0x4d, 0x5a, 0x90, 0x00]);
  const renamed = await post(admin, "video", exe);
  expect(renamed.status).toBe(422);
  expect(((await renamed.json()) as { error: string }).error).toMatch(/^Ce fichier n'est pas une vidéo MP4 ou WebM/);
  // a caption file beyond its 2 MB: refused before it is all read
  const big = new Uint8Array(3 * 1024 * 1024);
  big.set(new TextEncoder().encode("WEBVTT\n\n"));
  const tooLarge = await post(admin, "captions", big);
  expect(tooLarge.status).toBe(413);
  expect(((await tooLarge.json()) as { error: string }).error).toBe("Le fichier dépasse 2 Mo, la taille acceptée pour ce dépôt.");
  // another site's form cannot send this type of body
  expect((await post(admin, "captions", captions, { "Content-Type": "multipart/form-data; boundary=x" })).status).toBe(415);
}, 60_000);
