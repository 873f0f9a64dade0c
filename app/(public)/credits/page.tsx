import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Crédits" };

// The libraries the running platform ships (package.json "dependencies"), with their licences.
const LIBRARIES: [string, string, string][] = [
  ["Next.js, React", "application web (pages, formulaires, rendu sur le serveur)", "MIT"],
  ["Prisma, node-postgres (pg)", "accès à la base de données PostgreSQL", "Apache 2.0\u202f; MIT"],
  ["PostgreSQL, PGlite", "base de données (PGlite\u202f: PostgreSQL embarqué en WebAssembly)", "licence PostgreSQL\u202f; Apache 2.0"],
  ["NextAuth.js", "connexion et sessions", "ISC"],
  ["@node-rs/argon2", "empreintes des mots de passe (argon2id)", "MIT"],
  ["otpauth", "codes de double authentification des administrateurs", "MIT"],
  ["zxcvbn-ts", "estimation de la robustesse des mots de passe (dictionnaires français)", "MIT"],
  ["React Hook Form, Zod", "formulaires et contrôle des saisies", "MIT"],
  ["Tailwind CSS", "mise en forme", "MIT"],
  ["ZXing-C++ (zxing-wasm)", "lecture du QR code des passeports par l'appareil photo", "Apache 2.0\u202f; MIT"],
  ["node-qrcode", "QR code imprimé sur les passeports", "MIT"],
  ["Puppeteer, Chromium", "impression des passeports et questionnaires en PDF", "Apache 2.0\u202f; BSD"],
  ["Resend", "acheminement des e-mails", "MIT"],
  ["pino", "journal du serveur", "MIT"],
];

export default function Page() {
  return (
    <LegalPage
      title="Crédits"
      sections={[
        {
          heading: "Réalisation",
          body: "Plateforme Passeport Sécurité de l'Union nationale des producteurs de granulats (UNPG). Contenus de la sensibilisation\u202f: groupe de travail sécurité de l'UNPG. Réciprocité des modules communs avec le Passeport Sécurité du Syndicat national du béton prêt à l'emploi (SNBPE).",
        },
        {
          heading: "Logiciels libres",
          body: "La plateforme repose sur des logiciels libres\u202f; merci à leurs auteurs.",
          table: {
            caption: "Bibliothèques utilisées et leurs licences",
            headers: ["Logiciel", "Usage", "Licence"],
            rows: LIBRARIES.map((l) => [...l]),
          },
        },
        {
          heading: "Polices de caractères",
          body: "Le texte s'affiche avec les polices DejaVu Sans (licence Bitstream Vera et domaine public) ou Liberation Sans (SIL Open Font License 1.1) lorsqu'elles sont présentes sur l'appareil, sinon avec la police sans empattement du système. Aucune police n'est téléchargée depuis un service tiers.",
        },
        {
          heading: "Icônes et images",
          body: "Les pictogrammes sont des caractères Unicode (☰, ✓, ↑, ↓…) dessinés par les polices de l'appareil\u202f; aucune bibliothèque d'icônes n'est utilisée. Les diapositives et vidéos des modules de démonstration sont produites par la plateforme elle-même.",
        },
      ]}
    />
  );
}
