import { publicUrl } from "@/lib/env";
import { LIMITS } from "@/lib/rate-limit/rate-limit";

export const metadata = { title: "API de contrôle d'accès — documentation" };

const code = "block overflow-x-auto whitespace-pre rounded-md bg-navy p-3 font-mono text-sm text-white";
// a long line scrolls sideways on a phone: the block takes the focus (arrows scroll it) and says what it holds
const scrollable = { tabIndex: 0, role: "region", "aria-label": "Exemple de code" } as const;

// Issue 18, item 6: the access-control API explained in French for the companies' integrators;
// /api/v1/openapi.json describes the same for their tools.
export default function ApiDocumentationPage() {
  const base = publicUrl();
  return (
    <article className="grid max-w-3xl gap-5 leading-relaxed [&>*]:min-w-0 [&_p]:[overflow-wrap:anywhere]">
      <h1 className="text-3xl font-black">API de contrôle d&apos;accès</h1>
      <p>
        Les entreprises adhérentes de l&apos;UNPG peuvent relier leurs tourniquets et logiciels de poste de garde au Passeport
        Sécurité&#8239;: avant d&apos;ouvrir, le système demande si le passeport présenté est valable. Chaque appel est un contrôle
        enregistré au nom de l&apos;entreprise, visible dans son espace («&#8239;Contrôles sur mes sites&#8239;»).
      </p>
      <p>
        Description OpenAPI 3.1, à importer dans vos outils&#8239;:{" "}
        <a href="/api/v1/openapi.json" className="font-semibold text-navy underline">
          {base}/api/v1/openapi.json
        </a>
      </p>

      <h2 className="text-xl font-bold">1. Obtenir une clé</h2>
      <p>
        Dans l&apos;espace adhérent, menu «&#8239;API CONTRÔLE D&apos;ACCÈS&#8239;», créez une clé par système (et rattachez-la au site où
        il se trouve). La clé n&apos;est affichée qu&apos;une fois&#8239;: la plateforme n&apos;en garde qu&apos;une empreinte. Révoquée,
        elle est refusée à l&apos;appel suivant. Envoyez-la à chaque appel dans l&apos;en-tête&#8239;:
      </p>
      <code className={code} {...scrollable}>
        Authorization: Bearer psk_…
      </code>

      <h2 className="text-xl font-bold">2. Contrôler un passeport par son numéro</h2>
      <code className={code} {...scrollable}>
        GET {base}/api/v1/passeports/PS-2026-7K4M9Q
      </code>
      <p>Tirets et majuscules sont facultatifs&#8239;: «&#8239;ps20267k4m9q&#8239;» est compris.</p>

      <h2 className="text-xl font-bold">3. Contrôler le QR code d&apos;un passeport</h2>
      <code className={code} {...scrollable}>
        POST {base}/api/v1/verifications{"\n"}Content-Type: application/json{"\n\n"}
        {'{"qr": "<le texte lu dans le QR code>"}'}
      </code>
      <p>
        Envoyez le texte du QR code tel quel (une adresse {base}/verification/…). Un QR code modifié ou fabriqué répond{" "}
        <strong>FALSIFIE</strong> et le contrôle est signalé.
      </p>

      <h2 className="text-xl font-bold">4. La réponse</h2>
      <p>
        Le statut HTTP dit si l&apos;appel a abouti (200), le champ <code>resultat</code> ce que vaut le passeport. Seul{" "}
        <strong>VALIDE</strong> autorise l&apos;accès.
      </p>
      <code className={code} {...scrollable}>
        {JSON.stringify(
          {
            resultat: "VALIDE",
            libelle: "Valide",
            numero: "PS-2026-7K4M9Q",
            titulaire: { nom: "Dupont", prenom: "Jean" },
            entreprise: "Carrières Services Transports",
            profil: "Salarié technique",
            expiration: "2031-09-27",
          },
          null,
          2,
        )}
      </code>
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Valeurs de «&#8239;resultat&#8239;»</caption>
        <thead className="bg-navy text-white">
          <tr>
            <th scope="col" className="px-3 py-2">
              resultat
            </th>
            <th scope="col" className="px-3 py-2">
              signification
            </th>
          </tr>
        </thead>
        <tbody className="bg-white">
          {[
            ["VALIDE", "Passeport en cours de validité\u202f: accès possible."],
            ["EXPIRE", "Passeport expiré\u202f: le titulaire doit renouveler sa sensibilisation."],
            ["REVOQUE", "Passeport retiré par la plateforme."],
            ["INCONNU", "Aucun passeport ne porte ce numéro."],
            ["FALSIFIE", "QR code modifié ou fabriqué."],
          ].map(([value, meaning]) => (
            <tr key={value} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono">{value}</td>
              <td className="px-3 py-2">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="text-xl font-bold">5. Erreurs et limites</h2>
      <ul className="list-disc pl-6">
        <li>
          <strong>401</strong>&#8239;: clé absente, inconnue ou révoquée.
        </li>
        <li>
          <strong>400</strong>&#8239;: corps de requête invalide (POST).
        </li>
        <li>
          <strong>429</strong>&#8239;: plus de {LIMITS.api.points} appels par minute avec la même clé&#8239;; l&apos;en-tête{" "}
          <code>Retry-After</code> donne l&apos;attente en secondes.
        </li>
      </ul>
      <p>Chaque erreur porte un champ «&#8239;erreur&#8239;» qui en donne le motif en français.</p>

      <h2 className="text-xl font-bold">6. Contrôles sans réseau</h2>
      <p>
        Le QR code porte une attestation signée (Ed25519)&#8239;: numéro, nom, entreprise, profil et date d&apos;expiration. Les clés
        publiques sont sur <code>{base}/api/v1/cles</code> (JWKS) et la liste signée des passeports révoqués, avec son heure
        d&apos;émission, sur <code>{base}/api/v1/revocations</code>. Un système qui les garde à jour peut répondre quand le réseau
        manque&#8239;; la réponse en ligne reste celle qui fait foi.
      </p>
    </article>
  );
}
