"use client";
// The actions of an administrator on one person, each behind its confirmation dialog.
import { ActionDialog } from "./action-dialog";
import {
  adminChangeProfileAction,
  adminDeletePersonAction,
  adminGrantAccreditationAction,
  adminMovePersonAction,
  adminRevokePassportAction,
  adminSendPasswordLinkAction,
  adminSetControllerAction,
  adminUnblockPersonAction,
  withdrawAccreditationAction,
} from "@/lib/people/actions";

export type PersonActionState = {
  personId: string;
  who: string;
  blocked: boolean;
  controller: boolean;
  profileCode: string | null;
  profiles: { code: string; name: string }[];
  /** the accreditation in force, to withdraw; null when none is */
  approvedAccreditationId: string | null;
  /** YYYY-MM-DD bounds of an approval's end date */
  dates: { defaultDate: string; min: string; max: string };
  contactLabel: string;
};

const done = (message: string) => ({ ok: true as const, data: message });

export function PersonActions({ s }: { s: PersonActionState }) {
  return (
    <div className="flex flex-wrap gap-2">
      {s.blocked ? (
        <ActionDialog
          trigger="Débloquer"
          title={`Débloquer ${s.who}\u202f?`}
          description="Le module bloqué pourra être repris&#8239;: son compteur d'échecs repart de zéro."
          run={() => adminUnblockPersonAction({ personId: s.personId })}
        />
      ) : null}
      <ActionDialog
        trigger="Envoyer un nouveau lien"
        title={`Envoyer un nouveau lien à ${s.who}\u202f?`}
        description={`Un lien à usage unique, valable 72 heures, pour choisir un mot de passe, est envoyé à ${s.contactLabel}. Les liens précédents restent valables jusqu'à leur échéance.`}
        run={() => adminSendPasswordLinkAction({ personId: s.personId })}
      />
      <ActionDialog
        trigger="Changer de profil"
        title={`Changer le profil de ${s.who}`}
        description="Le parcours suit le nouveau profil&#8239;; les modules déjà validés restent acquis."
        fields={[
          {
            name: "profileCode",
            label: "Nouveau profil *",
            type: "select",
            defaultValue: s.profileCode ?? undefined,
            options: s.profiles.map((p) => ({ value: p.code, label: p.name })),
          },
        ]}
        run={(v) => adminChangeProfileAction({ personId: s.personId, profileCode: v.profileCode })}
      />
      <ActionDialog
        trigger={s.controller ? "Retirer le rôle contrôleur" : "Nommer contrôleur"}
        title={s.controller ? `Retirer le rôle contrôleur de ${s.who}\u202f?` : `Nommer ${s.who} contrôleur\u202f?`}
        description={
          s.controller
            ? "La personne ne pourra plus contrôler les passeports à l'entrée des sites."
            : "La personne pourra contrôler les passeports à l'entrée des sites depuis son espace."
        }
        run={() => adminSetControllerAction({ personId: s.personId, controller: !s.controller })}
      />
      {s.approvedAccreditationId ? (
        <ActionDialog
          trigger="Retirer l'habilitation formateur"
          title={`Retirer l'habilitation formateur de ${s.who}\u202f?`}
          description="L'espace formateur se ferme à la requête suivante. Le motif est envoyé au demandeur et à la personne."
          fields={[{ name: "reason", label: "Motif *", type: "textarea" }]}
          danger
          run={async (v) => {
            const res = await withdrawAccreditationAction({ accreditationId: s.approvedAccreditationId!, reason: v.reason });
            return res.ok ? done(`Habilitation formateur de ${s.who} retirée.`) : res;
          }}
        />
      ) : (
        <ActionDialog
          trigger="Habiliter formateur"
          title={`Habiliter ${s.who} comme formateur`}
          description="L'espace formateur s'ouvre jusqu'à la date choisie. Une demande en attente est approuvée&#8239;; sinon la demande est enregistrée à votre nom et approuvée."
          fields={[
            { name: "validUntil", label: "Habilitation valable jusqu'au *", type: "date", ...s.dates, defaultValue: s.dates.defaultDate },
          ]}
          run={(v) => adminGrantAccreditationAction({ personId: s.personId, validUntil: v.validUntil })}
        />
      )}
      <ActionDialog
        trigger="Changer d'entreprise"
        title={`Rattacher ${s.who} à une autre entreprise`}
        description="Ses passeports l'accompagnent (le contrôle affiche la nouvelle entreprise)&#8239;; les référents des deux entreprises sont prévenus par e-mail."
        fields={[
          {
            name: "company",
            label: "Entreprise d'arrivée *",
            type: "text",
            hint: "Son SIRET, son n° adhérent ou son n° de TVA intracommunautaire.",
          },
        ]}
        run={(v) => adminMovePersonAction({ personId: s.personId, company: v.company })}
      />
      <ActionDialog
        trigger="Supprimer"
        danger
        title={`Supprimer ${s.who}\u202f?`}
        description="Comme la suppression par l'entreprise&#8239;: la connexion est désactivée, les passeports sont révoqués, l'historique est conservé. Cette action ne peut pas être annulée ici."
        run={() => adminDeletePersonAction({ personId: s.personId })}
      />
    </div>
  );
}

export function RevokePassport({ passportId, number }: { passportId: string; number: string }) {
  return (
    <ActionDialog
      trigger="Révoquer"
      danger
      title={`Révoquer le passeport ${number}\u202f?`}
      description="Un contrôle à l'entrée d'un site répondra «&#8239;Révoqué&#8239;». Le titulaire et son référent sont prévenus, avec le motif."
      fields={[{ name: "reason", label: "Motif *", type: "textarea" }]}
      run={(v) => adminRevokePassportAction({ passportId, reason: v.reason })}
    />
  );
}
