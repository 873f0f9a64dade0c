import { requireControllerSpace } from "@/lib/auth/guards";
import { listControllerSites } from "@/lib/sites/sites";
import { PassportCheck } from "@/components/control/passport-check";

// issue 18, item 3: the check screen is an app of its own ("Contrôle"), installable and offline
export const metadata = { title: "Contrôler un passeport", manifest: "/manifestes/controle.webmanifest" };

export default async function ControlPage() {
  const viewer = await requireControllerSpace();
  const sites = await listControllerSites(viewer);
  return (
    <section aria-labelledby="titre" className="mx-auto grid w-full min-w-0 max-w-md gap-3">
      <h1 id="titre" className="text-xl font-black md:text-2xl">
        CONTRÔLER UN PASSEPORT
      </h1>
      <p className="sr-only">Saisis le numéro inscrit sur le passeport ou scanne son QR code avec l&apos;appareil photo.</p>
      <PassportCheck sites={sites} controllerId={viewer.person!.id} />
    </section>
  );
}
