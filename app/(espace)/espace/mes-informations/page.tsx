import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getMyInformation } from "@/lib/people/my-information";
import { getOwnCredentials } from "@/lib/auth/own-credentials";
import { MyCredentials } from "./my-credentials";
import { MyInformationForm } from "./my-information-form";
import { SplitSpaces } from "./split-spaces";
import { photoState } from "@/lib/people/photo";
import { HolderPhoto } from "@/components/people/holder-photo";
import { LanguagePicker } from "@/components/learning/language-picker";

export const metadata = { title: "Mes informations" };

export default async function MyInformationPage() {
  const viewer = await requireSpace("espace");
  const [me, credentials, photo] = await Promise.all([
    getMyInformation(viewer),
    getOwnCredentials(viewer),
    photoState(viewer, viewer.person!.id),
  ]);
  const facts = [
    ["Nom", me.lastName.toUpperCase()],
    ["Prénom", me.firstName],
    ["Entreprise", me.company.name],
    ["Identifiant de connexion", me.account.email ?? me.account.uniqueId ?? "-"],
    ["Adresse e-mail", me.account.email ?? "Aucune (les messages sont adressés au référent de ton entreprise)"],
    ["Profil de sensibilisation", me.profile?.name ?? "-"],
    [
      "Rôles",
      // viewer.person.roles: the trainer role follows the administrator's accreditation
      [viewer.person!.roles.includes("TRAINER") && "Formateur", me.roles.includes("CONTROLLER") && "Contrôleur"]
        .filter(Boolean)
        .join(", ") || "Salarié",
    ],
  ];
  return (
    <section aria-labelledby="titre" className="grid gap-5">
      <h1 id="titre" className="text-2xl font-black">
        MES INFORMATIONS
      </h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-5 shadow-sm sm:grid-cols-[auto_1fr]">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd className="mb-2 sm:mb-0">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">Pour corriger ton nom, adresse-toi au référent de ton entreprise.</p>
      <LanguagePicker current={viewer.person!.language} />
      <HolderPhoto photo={photo.photo} pending={photo.pending} name={`${me.firstName} ${me.lastName}`} />
      <MyCredentials
        login={me.account.email ?? me.account.uniqueId ?? "-"}
        linked={credentials.linked}
        pendingEmail={credentials.pendingEmail}
        personalWords={credentials.personalWords}
      />
      {me.spaceLink ? (
        <SplitSpaces
          companyHome={me.spaceLink.company.kind === "MEMBER" ? "/adherent" : "/entreprise"}
          suggestedEmail={me.formerEmail ?? ""}
        />
      ) : null}
      <section aria-labelledby="donnees" className="grid gap-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="donnees" className="text-lg font-bold">
          Tes données personnelles
        </h2>
        <p>
          Un fichier ZIP avec tout ce que la plateforme conserve sur toi&#8239;: tes données au format JSON et un résumé lisible en PDF
          (compte, entreprise, profil, parcours, tentatives, passeports et leurs contrôles, e-mails reçus, opérations te concernant).
        </p>
        <p>
          <a
            href="/espace/mes-informations/donnees"
            download
            className="inline-flex min-h-11 items-center rounded-md bg-safety px-4 font-bold text-navy"
          >
            Télécharger mes données
          </a>
        </p>
        <p className="text-sm text-slate-700">
          Durées de conservation et exercice de tes droits&#8239;:{" "}
          <Link href="/confidentialite" className="font-semibold underline">
            Confidentialité
          </Link>
          .
        </p>
      </section>
      <MyInformationForm
        defaults={{
          isHauler: me.isHauler,
          isTechnical: me.isTechnical,
          notifyBeforeExpiry: me.notifyBeforeExpiry,
          notifyNewTasks: me.notifyNewTasks,
          notifyMessages: me.notifyMessages,
          notifyBeforeExpiryInApp: me.notifyBeforeExpiryInApp,
          notifyNewTasksInApp: me.notifyNewTasksInApp,
          notifyMessagesInApp: me.notifyMessagesInApp,
        }}
      />
    </section>
  );
}
