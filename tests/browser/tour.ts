// Issue 15, items 5 and 6: every page of every role, as its users meet it, shared by the
// accessibility test (tests/browser/accessibility.test.ts) and `npm run screenshots`. Each
// role logs in once; each visit is a path, and some add a step that shows a state the URL
// alone does not (a dialog opened, the quiz started, the projector playing).
import type { Browser, Page } from "playwright-core";
import { db } from "@/lib/db";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { draftOf } from "@/lib/content/studio";
import { APP_URL, login, openPage } from "./browser";
import { newLearner, watchMedia } from "./learning";

export const SIZES = [
  { name: "telephone", width: 390, height: 844 },
  { name: "bureau", width: 1280, height: 800 },
] as const;

export type Visit = {
  /** a short file-name-safe name of the page state */
  name: string;
  path: string;
  /** what to do once the page is loaded, to show the state (a dialog, the quiz…) */
  act?: (page: Page) => Promise<void>;
};

export type Tour = { role: string; identifier: string | null; visits: Visit[] };

const openDialog = (trigger: (page: Page) => ReturnType<Page["getByRole"]>) => async (page: Page) => {
  await trigger(page).first().click();
  await page.locator("dialog[open]").waitFor();
};

/** The demo's rows that pages with an id show, and a session and a learner of the tour's own. */
async function tourIds() {
  const trainer = await viewerOf(DEMO.trainer);
  const cst = await db.company.findFirstOrThrow({ where: { referentEmail: DEMO.referent }, select: { id: true } });
  const { sessionId } = await createAwarenessSession(
    trainer,
    createSessionSchema.parse({
      profileCode: "ADMINISTRATIF",
      participants: [{ lastName: `Visite${uniq()}`, firstName: "Vera", companyId: cst.id }],
    }),
  );
  // a new learner of the demo subcontractor, so that the quiz opens without touching the demo's paths
  const { email: learner, profile } = await newLearner("Visite", "Léa");
  const person = (email: string) => db.person.findFirstOrThrow({ where: { account: { email } }, select: { id: true } });
  const firstModule = await db.profileModule.findFirstOrThrow({
    where: { profileId: profile.id },
    orderBy: { position: "asc" },
    select: { moduleId: true },
  });
  // a profile of the studio's own (the rule's three cannot be archived), with two modules
  const studioProfile = await db.profile.create({
    data: {
      code: `VISITE_${uniq().toUpperCase()}`,
      name: "Visiteur accompagné",
      description: "Visites encadrées des sites.",
      validityMonths: 12,
      position: 99,
      modules: { create: profile.modules.slice(0, 2).map((m, i) => ({ moduleId: m.moduleId, position: i + 1 })) },
    },
    select: { id: true },
  });
  const support = await db.supportRequest.create({
    data: { subject: "Demande de la visite", message: "Un message de la visite.", name: "Visite", email: "visite@example.fr" },
  });
  // issue 12: drafts of a video module and of a slides module, as the studio shows them
  const admin = await viewerOf(DEMO.admin);
  const moduleOf = (slug: string) => db.module.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const videoModule = (await moduleOf("circulation-sur-site")).id;
  const slidesModule = (await moduleOf("equipements-protection-individuelle")).id;
  const videoDraft = await draftOf(admin, videoModule);
  await draftOf(admin, slidesModule);
  return {
    videoModule,
    videoDraft,
    slidesModule,
    session: sessionId,
    cst: cst.id,
    lucie: (await person(DEMO.learnerWithEmail)).id,
    marc: (await person(DEMO.controller)).id,
    module: firstModule.moduleId,
    profile: profile.id,
    studioProfile: studioProfile.id,
    support: support.id,
    learner,
  };
}

const PUBLIC: Visit[] = [
  { name: "accueil", path: "/" },
  { name: "acces-administrateur", path: "/acces-administrateur" },
  { name: "aide", path: "/aide" },
  { name: "aide-recherche", path: "/aide?q=epi" },
  { name: "aide-guide", path: "/aide/guides/referent" },
  { name: "aide-contact", path: "/aide/contact" },
  { name: "cgu", path: "/cgu" },
  { name: "confidentialite", path: "/confidentialite" },
  { name: "credits", path: "/credits" },
  { name: "mentions-legales", path: "/mentions-legales" },
  { name: "documentation-api", path: "/documentation-api" },
  { name: "inscription-entreprise", path: "/inscription/entreprise" },
  { name: "inscription-adherent", path: "/inscription/adherent" },
  { name: "inscription-salarie", path: "/inscription/salarie" },
  { name: "mot-de-passe-oublie", path: "/mot-de-passe-oublie" },
  { name: "definir-mot-de-passe-lien-inconnu", path: "/definir-mot-de-passe/lien-inexistant-0123456789abcdef" },
  { name: "relais-lien-inconnu", path: "/relais/lien-inexistant-0123456789abcdef" },
  { name: "confirmer-adresse-lien-inconnu", path: "/confirmer-adresse/lien-inexistant-0123456789abcdef" },
];

/** Every role's pages; `ids` from the database (see tourIds). */
export async function tours(): Promise<Tour[]> {
  const ids = await tourIds();
  const company = (base: "/entreprise" | "/adherent", employee: string): Visit[] => [
    { name: "accueil", path: base },
    { name: "informations", path: `${base}/informations` },
    { name: "informations-lier", path: `${base}/informations/lier` },
    { name: "informations-relais", path: `${base}/informations/relais` },
    { name: "salaries", path: `${base}/salaries` },
    {
      name: "salaries-dialogue-supprimer",
      path: `${base}/salaries`,
      act: openDialog((p) => p.getByRole("button", { name: /^Supprimer/ })),
    },
    { name: "salaries-nouveau", path: `${base}/salaries/nouveau` },
    { name: "salaries-import", path: `${base}/salaries/import` },
    { name: "salaries-modifier", path: `${base}/salaries/${employee}/modifier` },
    { name: "notifications", path: `${base}/notifications` },
    { name: "passeport-prevention", path: `${base}/passeport-prevention` },
  ];
  const learnerSpace = (controller: boolean): Visit[] => [
    { name: "accueil", path: "/espace" },
    { name: "mes-informations", path: "/espace/mes-informations" },
    { name: "parcours", path: "/espace/parcours" },
    { name: "passeports", path: "/espace/passeports" },
    { name: "notifications", path: "/espace/notifications" },
    ...(controller ? [{ name: "controle", path: "/espace/controle" }] : []),
  ];
  return [
    { role: "anonyme", identifier: null, visits: PUBLIC },
    {
      role: "administrateur",
      identifier: DEMO.admin,
      visits: [
        { name: "accueil", path: "/admin" },
        { name: "entreprises", path: "/admin/entreprises" },
        { name: "entreprise", path: `/admin/entreprises/${ids.cst}` },
        { name: "habilitations", path: "/admin/habilitations" },
        { name: "controles", path: "/admin/controles" },
        { name: "securite", path: "/admin/securite" },
        { name: "utilisateurs", path: "/admin/utilisateurs" },
        { name: "utilisateur", path: `/admin/utilisateurs/${ids.lucie}` },
        {
          name: "utilisateur-dialogue-profil",
          path: `/admin/utilisateurs/${ids.lucie}`,
          act: openDialog((p) => p.getByRole("button", { name: "Changer de profil" })),
        },
        { name: "contenus", path: "/admin/contenus" },
        { name: "contenus-module", path: `/admin/contenus/modules/${ids.videoModule}` },
        { name: "contenus-nouveau-module", path: "/admin/contenus/modules/nouveau" },
        { name: "contenus-brouillon-video", path: `/admin/contenus/modules/${ids.videoModule}/brouillon` },
        { name: "contenus-brouillon-diaporama", path: `/admin/contenus/modules/${ids.slidesModule}/brouillon` },
        {
          name: "contenus-brouillon-publier",
          path: `/admin/contenus/modules/${ids.slidesModule}/brouillon`,
          act: openDialog((p) => p.getByRole("button", { name: "Publier" })),
        },
        { name: "contenus-traduction", path: `/admin/contenus/modules/${ids.videoModule}/brouillon/en` },
        { name: "contenus-apercu", path: `/admin/contenus/versions/${ids.videoDraft}/apercu?langue=en` },
        {
          name: "contenus-apercu-questionnaire",
          path: `/admin/contenus/versions/${ids.videoDraft}/apercu`,
          act: async (page) => {
            await watchMedia(page);
            await page.getByRole("button", { name: "Valider mes réponses" }).waitFor();
          },
        },
        { name: "contenus-apercu-projection", path: `/admin/contenus/versions/${ids.videoDraft}/apercu?vue=projection&langue=en` },
        { name: "contenus-profil-nouveau", path: "/admin/contenus/profils/nouveau" },
        { name: "contenus-profil", path: `/admin/contenus/profils/${ids.profile}` },
        {
          name: "contenus-profil-dialogue-retirer",
          path: `/admin/contenus/profils/${ids.profile}`,
          act: openDialog((p) => p.getByRole("button", { name: /^Retirer le module/ })),
        },
        {
          name: "contenus-profil-nouveau-erreurs",
          path: "/admin/contenus/profils/nouveau",
          act: async (page) => {
            await page.getByLabel("Validité du passeport (en mois) *").fill("0");
            await page.getByRole("button", { name: "Créer le profil" }).click();
            await page.getByText("Entre 1 et 120 mois.").waitFor();
          },
        },
        {
          name: "contenus-profil-dialogue-archiver",
          path: `/admin/contenus/profils/${ids.studioProfile}`,
          act: openDialog((p) => p.getByRole("button", { name: "Archiver" })),
        },
        { name: "statistiques", path: "/admin/statistiques" },
        { name: "emails", path: "/admin/emails" },
        { name: "taches", path: "/admin/taches" },
        { name: "messages", path: "/admin/messages" },
        { name: "messages-nouveau", path: "/admin/messages/nouveau" },
        { name: "notifications", path: "/admin/notifications" },
        { name: "journal", path: "/admin/journal" },
        { name: "recherche", path: "/admin/recherche?q=dupont" },
        { name: "session", path: `/admin/sessions/${ids.session}` },
        { name: "aide", path: "/admin/aide" },
        { name: "assistance", path: "/admin/assistance" },
        { name: "assistance-demande", path: `/admin/assistance/${ids.support}` },
      ],
    },
    { role: "referent", identifier: DEMO.referent, visits: company("/entreprise", ids.lucie) },
    {
      role: "adherent",
      identifier: DEMO.member,
      visits: [
        ...company("/adherent", ids.marc),
        { name: "sites", path: "/adherent/sites" },
        { name: "controles", path: "/adherent/controles" },
        { name: "api", path: "/adherent/api" },
      ],
    },
    {
      role: "salarie",
      identifier: ids.learner,
      visits: [
        ...learnerSpace(false),
        { name: "module", path: `/espace/parcours/${ids.module}` },
        {
          name: "module-questionnaire",
          path: `/espace/parcours/${ids.module}`,
          act: async (page) => {
            await watchMedia(page);
            await page.getByRole("button", { name: "Valider mes réponses" }).waitFor();
          },
        },
      ],
    },
    { role: "titulaire", identifier: DEMO.holder, visits: [{ name: "passeports", path: "/espace/passeports" }] },
    {
      role: "formateur",
      identifier: DEMO.trainer,
      visits: [
        { name: "accueil", path: "/formateur" },
        { name: "sessions-nouvelle", path: "/formateur/sessions/nouvelle" },
        { name: "session", path: `/formateur/sessions/${ids.session}` },
        { name: "session-creee", path: `/formateur/sessions/${ids.session}?cree=1` },
        {
          name: "session-dialogue-papier",
          path: `/formateur/sessions/${ids.session}`,
          act: openDialog((p) => p.getByRole("button", { name: "Déclarer une session sur papier uniquement" })),
        },
        {
          name: "diffusion",
          path: `/formateur/sessions/${ids.session}/diffusion`,
          act: async (page) => {
            await page.locator("video, [aria-roledescription='diaporama']").first().waitFor();
          },
        },
        { name: "validation", path: "/formateur/validation" },
        { name: "impression", path: "/formateur/impression" },
        { name: "notifications", path: "/formateur/notifications" },
      ],
    },
    { role: "controleur", identifier: DEMO.controller, visits: learnerSpace(true) },
  ];
}

/**
 * Logs the tour's role in (once) and walks its visits at each size, calling `check` on each
 * loaded state. One page per role, resized between the two sizes.
 */
export async function walk(browser: Browser, tour: Tour, check: (page: Page, visit: Visit, size: (typeof SIZES)[number]) => Promise<void>) {
  const { context, page } = await openPage(browser, { viewport: { width: SIZES[0].width, height: SIZES[0].height } });
  try {
    if (tour.identifier) await login(page, tour.identifier);
    for (const visit of tour.visits) {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${APP_URL}${visit.path}`, { waitUntil: "load" });
        if (visit.act) await visit.act(page);
        await check(page, visit, size);
      }
    }
  } finally {
    await context.close();
  }
}
