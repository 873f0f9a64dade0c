// A8: one support request: the message, its status, and the answer e-mailed to its author.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getSupportRequest } from "@/lib/help/support";
import { SUPPORT_STATUS_LABELS } from "@/lib/help/support.schema";
import { formatDateTime } from "@/lib/format";
import { isId } from "@/lib/text";
import { AnswerForm, StatusForm } from "./support-forms";

export const metadata = { title: "Demande d'assistance" };

export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("admin");
  const { id } = await params;
  const request = isId(id) ? await getSupportRequest(viewer, id) : null;
  if (!request) notFound();
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/admin/assistance" className="underline">
          Demandes d&apos;assistance
        </Link>{" "}
        › {request.subject}
      </nav>
      <h1 id="titre" className="text-2xl font-black">
        {request.subject}
      </h1>
      <dl className="grid gap-1 rounded-lg bg-white p-4 text-sm shadow-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">De</dt>
        <dd>
          {request.name} ({request.email}){request.accountId ? " — connecté à son compte" : " — visiteur non connecté"}
        </dd>
        <dt className="font-semibold">Reçue le</dt>
        <dd>{formatDateTime(request.createdAt)}</dd>
        <dt className="font-semibold">État</dt>
        <dd>{SUPPORT_STATUS_LABELS[request.status]}</dd>
      </dl>
      <article className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="font-bold">Message</h2>
        <p className="mt-2 whitespace-pre-line">{request.message}</p>
      </article>
      {request.answer ? (
        <article className="rounded-lg bg-green-50 p-4 shadow-sm">
          <h2 className="font-bold">Réponse envoyée le {request.answeredAt ? formatDateTime(request.answeredAt) : ""}</h2>
          <p className="mt-2 whitespace-pre-line">{request.answer}</p>
        </article>
      ) : null}
      <StatusForm id={request.id} status={request.status} />
      <AnswerForm id={request.id} email={request.email} again={Boolean(request.answer)} />
    </section>
  );
}
