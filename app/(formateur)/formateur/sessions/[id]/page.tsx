// E4: the session after its creation — "IMPRESSION DES QUESTIONNAIRES" — and, later, its
// participants, how each received their credentials, and the way to playback and validation.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getTrainerSession } from "@/lib/sessions/trainer-session";
import { formatDate, formatDateTime } from "@/lib/format";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DismissibleBanner } from "@/components/ui/dismissible-banner";
import { PrintThenStart } from "./print-then-start";
import { declarePaperOnlyAction } from "@/lib/sessions/actions";
import { buttonClass } from "@/components/ui/button";
import { Cell, Row, Table } from "@/components/ui/table";

export const metadata = { title: "Session de sensibilisation" };

const STATUS = { CREATED: "Créée", STARTED: "Sensibilisation commencée", CLOSED: "Terminée" } as const;
const DECISION = { PENDING: "À valider", PASSED: "✓ Passeport obtenu", MUST_RETAKE: "✗ Doit repasser" } as const;

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cree?: string }>;
}) {
  const viewer = await requireSpace("formateur");
  const { id } = await params;
  const session = await getTrainerSession(viewer, id);
  if (!session) notFound();
  const justCreated = (await searchParams).cree === "1";
  const questionnaires = `/api/sessions/${session.id}/questionnaires`;
  const playback = `/formateur/sessions/${session.id}/diffusion`;

  return (
    <div className="grid gap-5">
      <div>
        <h1 className="text-2xl font-black">Session {session.label}</h1>
        <p className="text-slate-700">
          Session du {formatDate(session.heldOn)} · {session.participants.length} participant(s) · {STATUS[session.status]}
        </p>
      </div>
      {justCreated ? (
        <section aria-labelledby="impression" className="grid gap-3 rounded-lg border-l-4 border-safety bg-white p-5 shadow-sm">
          <h2 id="impression" className="text-lg font-black">
            IMPRESSION DES QUESTIONNAIRES
          </h2>
          <DismissibleBanner className="font-semibold text-green-900">
            Félicitations&#8239;! La session a bien été créée. La sensibilisation va bientôt commencer.
          </DismissibleBanner>
          <p>Souhaites-tu imprimer les questionnaires d&apos;évaluation des connaissances&#8239;?</p>
          <PrintThenStart questionnaires={questionnaires} playback={playback} />
          <p className="text-sm text-slate-700">Les questionnaires restent disponibles pendant la diffusion.</p>
        </section>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Link href={playback} className={buttonClass("primary")}>
            {session.status === "CREATED" ? "Lancer la sensibilisation" : "Reprendre la diffusion"}
          </Link>
          <a href={questionnaires} download className={buttonClass("secondary")}>
            Imprimer les questionnaires
          </a>
          <Link href={`/formateur/validation?q=${encodeURIComponent(session.label)}`} className={buttonClass("ghost")}>
            Valider les passeports de cette session
          </Link>
        </div>
      )}
      <section aria-labelledby="diffusion" className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="diffusion" className="text-lg font-bold">
          Diffusion
        </h2>
        {session.playbackCompletedAt ? (
          <p>
            ✓ Sensibilisation diffusée jusqu&apos;au dernier module le {formatDateTime(session.playbackCompletedAt)} : tu peux valider les
            passeports.
          </p>
        ) : session.paperOnlyAt ? (
          <p>✓ Session déclarée sur papier uniquement le {formatDateTime(session.paperOnlyAt)} : tu peux valider les passeports.</p>
        ) : (
          <>
            <p>
              Les passeports se valident une fois la sensibilisation diffusée jusqu&apos;au dernier module ({session.modules.length} module
              {session.modules.length > 1 ? "s" : ""}). La plateforme enregistre chaque module affiché.
            </p>
            <p className="text-sm text-slate-700">
              Sans vidéoprojecteur, tu peux déclarer une session sur papier uniquement&#8239;: la déclaration est enregistrée à ton nom dans
              le journal d&apos;audit.
            </p>
            <ConfirmButton
              id="papier"
              trigger="Déclarer une session sur papier uniquement"
              triggerClassName="min-h-11 justify-self-start rounded-md border-2 border-navy px-4 font-bold"
              title="Déclarer une session sur papier uniquement&#8239;?"
              onConfirm={declarePaperOnlyAction.bind(null, { sessionId: session.id })}
            >
              <p className="mt-2">
                Tu certifies avoir présenté l&apos;ensemble des modules de la sensibilisation sans la diffusion de la plateforme. Cette
                déclaration est enregistrée à ton nom et ne peut pas être annulée.
              </p>
            </ConfirmButton>
          </>
        )}
      </section>
      <section aria-labelledby="participants" className="grid gap-2">
        <h2 id="participants" className="text-lg font-bold">
          Participants
        </h2>
        <Table headers={["N°", "Nom", "Prénom", "Entreprise", "Identifiants", "Résultat"]}>
          {session.participants.map((p) => (
            <Row key={p.id}>
              <Cell>{p.position}</Cell>
              <Cell className="font-semibold">{p.lastName.toUpperCase()}</Cell>
              <Cell>{p.firstName}</Cell>
              <Cell>
                {p.companyName}
                {p.companyRegistered ? "" : <span className="block text-xs text-slate-600">inscription à compléter</span>}
              </Cell>
              <Cell>
                {p.email ? (
                  <>e-mail envoyé à {p.email}</>
                ) : (
                  <>
                    ID unique <strong className="font-mono">{p.uniqueId}</strong>, envoyé{" "}
                    {p.companyRegistered ? "au référent de l’entreprise" : "au contact provisoire de l’entreprise"}
                  </>
                )}
              </Cell>
              <Cell>{DECISION[p.decision]}</Cell>
            </Row>
          ))}
        </Table>
      </section>
    </div>
  );
}
