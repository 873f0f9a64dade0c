import { requireControllerSpace } from "@/lib/auth/guards";
import { PassportCheck } from "@/components/control/passport-check";

export const metadata = { title: "Contrôler un passeport" };

export default async function ControlPage() {
  await requireControllerSpace();
  return (
    <section aria-labelledby="titre" className="mx-auto grid max-w-md gap-4">
      <h1 id="titre" className="text-2xl font-black">
        CONTRÔLER UN PASSEPORT
      </h1>
      <p className="text-slate-700">Saisissez le numéro inscrit sur le passeport ou scannez son QR code avec l&apos;appareil photo.</p>
      <PassportCheck />
    </section>
  );
}
