import { PreventionScreen } from "@/app/(entreprise)/entreprise/passeport-prevention/prevention-screen";

export const metadata = { title: "Passeport de prévention" };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <PreventionScreen space="entreprise" searchParams={await searchParams} />;
}
