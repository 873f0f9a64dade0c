// Issue 18, item 6: the OpenAPI 3.1 description of the access-control API, served at
// /api/v1/openapi.json; the French page /documentation-api explains the same in prose.
import { LIMITS } from "@/lib/rate-limit/rate-limit";

const answer = {
  type: "object",
  required: ["resultat", "libelle", "numero"],
  properties: {
    resultat: {
      type: "string",
      enum: ["VALIDE", "EXPIRE", "REVOQUE", "INCONNU", "FALSIFIE"],
      description: "Le verdict. Seul VALIDE autorise l'accès.",
    },
    libelle: { type: "string", description: "Le verdict en français, à afficher (« Valide », « Expiré »…)." },
    numero: {
      type: ["string", "null"],
      description: "Le numéro du passeport (PS-AAAA-XXXXXX), ou ce qui a été demandé pour un passeport inconnu.",
    },
    titulaire: {
      type: "object",
      properties: { nom: { type: "string" }, prenom: { type: "string" } },
      description: "Absent pour INCONNU et FALSIFIE.",
    },
    entreprise: { type: "string", description: "L'entreprise du titulaire." },
    profil: { type: "string", description: "Le profil du passeport (Salarié technique…)." },
    expiration: { type: "string", format: "date", description: "Date d'expiration (AAAA-MM-JJ)." },
  },
} as const;

const error = {
  type: "object",
  required: ["erreur"],
  properties: { erreur: { type: "string", description: "Le motif, en français." } },
} as const;

const refusals = {
  "401": {
    description: "Clé d'API manquante, inconnue ou révoquée.",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Erreur" } } },
  },
  "429": {
    description: `Plus de ${LIMITS.api.points} appels par minute avec cette clé. L'en-tête Retry-After donne l'attente en secondes.`,
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: { "application/json": { schema: { $ref: "#/components/schemas/Erreur" } } },
  },
} as const;

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Passeport Sécurité — API de contrôle d'accès",
      version: "1.0.0",
      description:
        "Pour les systèmes de contrôle d'accès des entreprises adhérentes (tourniquets, logiciels de poste de garde). Chaque appel est un contrôle, enregistré au nom de l'entreprise de la clé (et du site de la clé) ; il apparaît dans « Contrôles sur mes sites ». Le statut HTTP dit si l'appel a abouti, le champ `resultat` ce que vaut le passeport.",
    },
    servers: [{ url: serverUrl }],
    security: [{ cle: [] }],
    paths: {
      "/api/v1/passeports/{numero}": {
        get: {
          operationId: "controlerParNumero",
          summary: "Contrôler un passeport par son numéro",
          description: "Tirets et majuscules facultatifs : « ps20267k4m9q » vaut « PS-2026-7K4M9Q ».",
          parameters: [
            { name: "numero", in: "path", required: true, schema: { type: "string", maxLength: 100 }, example: "PS-2026-7K4M9Q" },
          ],
          responses: {
            "200": { description: "Le verdict.", content: { "application/json": { schema: { $ref: "#/components/schemas/Verdict" } } } },
            ...refusals,
          },
        },
      },
      "/api/v1/verifications": {
        post: {
          operationId: "controlerQrCode",
          summary: "Contrôler le contenu d'un QR code de passeport",
          description:
            "Le texte lu dans le QR code (l'adresse de vérification, qui porte une attestation signée, ou celle des passeports imprimés avant 2026-11). Un QR code modifié ou fabriqué répond FALSIFIE.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { type: "object", required: ["qr"], properties: { qr: { type: "string", maxLength: 1000 } } },
                example: { qr: `${serverUrl}/verification/…` },
              },
            },
          },
          responses: {
            "200": { description: "Le verdict.", content: { "application/json": { schema: { $ref: "#/components/schemas/Verdict" } } } },
            "400": { description: "Corps invalide.", content: { "application/json": { schema: { $ref: "#/components/schemas/Erreur" } } } },
            ...refusals,
          },
        },
      },
      "/api/v1/cles": {
        get: {
          operationId: "clesPubliques",
          summary: "Clés publiques des QR codes (JWKS)",
          description:
            'Pour vérifier hors ligne l\'attestation signée d\'un QR code : `<kid>.<charge>.<signature>` en base32 ; reconstituer le JWS compact `base64url({"alg":"EdDSA","kid":"<kid>"}).base64url(charge).base64url(signature)`. La charge est le tableau JSON [numéro, nom, prénom, entreprise, profil, expiration en secondes Unix].',
          security: [],
          responses: { "200": { description: "JWKS (Ed25519).", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
      "/api/v1/revocations": {
        get: {
          operationId: "listeRevocations",
          summary: "Liste signée des passeports révoqués",
          description:
            "Un JWS compact (EdDSA, kid des clés publiques) dont la charge est {iss, iat, revoked: [numéros]} : les passeports révoqués non encore expirés, et l'heure d'émission de la liste.",
          security: [],
          responses: { "200": { description: "JWS compact.", content: { "application/jose": { schema: { type: "string" } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        cle: {
          type: "http",
          scheme: "bearer",
          description: "La clé d'API créée dans l'espace adhérent (« API CONTRÔLE D'ACCÈS »), en « Authorization: Bearer psk_… ».",
        },
      },
      schemas: { Verdict: answer, Erreur: error },
    },
  };
}
