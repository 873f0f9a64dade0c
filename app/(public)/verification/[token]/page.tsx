// F3: the page the passport's QR code opens. Public, minimal, and every check is logged.
import { readPassportToken } from "@/lib/passports/verification-token";
import { verifyPassport } from "@/lib/passports/verify-passport";
import { GateAnswerCard } from "@/components/gate-answer-card";

export const metadata = { title: "Vérification d'un passeport", robots: { index: false } };

export default async function VerificationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const passportId = readPassportToken(decodeURIComponent(token));
  const answer = passportId
    ? await verifyPassport({ passportId }, { channel: "PUBLIC_LINK" })
    : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-xl font-black">Vérification du passeport sécurité</h1>
      {answer ? (
        <GateAnswerCard answer={answer} />
      ) : (
        <p role="alert" className="rounded-lg bg-red-50 p-4 font-semibold text-red-800">
          Ce lien de vérification n&apos;est pas valide. Il a pu être modifié : scannez à nouveau le QR code du passeport.
        </p>
      )}
    </div>
  );
}
