import { ForgottenForm } from "./forgotten-form";

export const metadata = { title: "Identifiants oubliés" };

export default function ForgottenPage() {
  return (
    <section className="mx-auto grid max-w-md gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-lg font-black tracking-wide">IDENTIFIANTS OUBLIÉS</h1>
      <ForgottenForm />
      <div className="text-sm text-slate-700">
        <p className="font-semibold">Vous n&apos;avez pas reçu le courriel&#8239;?</p>
        <ul className="mt-1 list-disc pl-5">
          <li>Pensez à vérifier vos spams.</li>
          <li>
            S&apos;il ne s&apos;y trouve pas, rapprochez-vous de votre interlocuteur habituel pour qu&apos;il vous accompagne dans la suite
            de votre démarche.
          </li>
        </ul>
      </div>
    </section>
  );
}
