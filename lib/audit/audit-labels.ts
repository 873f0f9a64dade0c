// The audit log's action types in French, for the administrators' JOURNAL D'AUDIT and a
// person's page, with the details of an entry in one line. An action without a label here is
// shown as written in the database.
export const AUDIT_LABELS: Record<string, string> = {
  "account.password-changed": "Mot de passe changé",
  "account.email-change.requested": "Changement d'adresse e-mail demandé",
  "account.email-change.confirmed": "Changement d'adresse e-mail confirmé",
  "person.self-update": "Informations personnelles modifiées",
  // issue 18, item 6
  "api-key.created": "Clé d'API créée",
  "api-key.revoked": "Clé d'API révoquée",
  "accreditation.requested": "Habilitation formateur demandée",
  "accreditation.approved": "Habilitation formateur accordée",
  "accreditation.refused": "Habilitation formateur refusée",
  "accreditation.withdrawn": "Habilitation formateur retirée",
  "accreditation.withdrawn_by_company": "Désignation formateur retirée par l'entreprise",
  "admin.password_link_sent": "Nouveau lien de connexion envoyé",
  "admin.profile_changed": "Profil changé par l'administrateur",
  "admin.controller_granted": "Rôle contrôleur accordé",
  "admin.controller_withdrawn": "Rôle contrôleur retiré",
  "admin.person_moved": "Changement d'entreprise",
  "admin.person_deleted": "Personne supprimée par l'administrateur",
  "person.anonymized": "Identité anonymisée (durée de conservation écoulée)",
  "person.data_exported": "Données personnelles téléchargées (RGPD)",
  "admin.totp.enrolled": "Double authentification activée",
  "admin.second-factor.totp": "Connexion administrateur (code TOTP)",
  "admin.second-factor.recovery-code": "Connexion administrateur (code de secours)",
  "admin.recovery-codes.renewed": "Nouveaux codes de secours générés",
  "admin.second-factor.reset": "Double authentification réinitialisée",
  "faq.theme.created": "Thème de la FAQ ajouté",
  "faq.theme.updated": "Thème de la FAQ renommé",
  "faq.theme.deleted": "Thème de la FAQ supprimé",
  "faq.theme.moved": "Thème de la FAQ déplacé",
  "faq.entry.created": "Question de la FAQ ajoutée",
  "faq.entry.updated": "Question de la FAQ modifiée",
  "faq.entry.deleted": "Question de la FAQ supprimée",
  "faq.entry.moved": "Question de la FAQ déplacée",
  "support.requested": "Demande d'assistance envoyée",
  "support.status_changed": "État d'une demande d'assistance changé",
  "support.answered": "Demande d'assistance répondue",
  "company.registered": "Entreprise inscrite",
  "company.updated": "Informations de l'entreprise modifiées",
  "company.member_requested": "Demande d'adhésion",
  "company.member_approved": "Adhésion approuvée",
  "company.member_rejected": "Adhésion refusée",
  "company.entered_by_trainer": "Entreprise saisie par un formateur",
  "company.email-domain-changed": "Domaine des adresses e-mail changé",
  "company.suspended": "Entreprise suspendue",
  "company.reactivated": "Entreprise réactivée",
  "company.merged": "Entreprise saisie fusionnée",
  "email.resent": "E-mail renvoyé",
  "employee.created": "Salarié créé",
  "employee.updated": "Salarié modifié",
  "employee.deleted": "Salarié supprimé par l'entreprise",
  "employee.self_registered": "Inscription libre",
  "learner.blocked": "Bloqué après échecs répétés",
  "reminders.thresholds": "Seuils des rappels d'expiration modifiés",
  "jobs.retried": "Tâche planifiée relancée",
  "message.scheduled": "Message ciblé programmé",
  "learner.unblocked": "Débloqué",
  "passport.issued": "Passeport délivré",
  "passport.revoked": "Passeport révoqué",
  "password.set.first_login": "Premier mot de passe choisi",
  "password.set.reset": "Mot de passe redéfini",
  "password.set.email_change": "Adresse e-mail confirmée",
  "referent.handover.requested": "Changement de référent demandé",
  "referent.handover.cancelled": "Changement de référent annulé",
  "referent.handover.accepted": "Changement de référent accepté",
  "referent.changed_by_admin": "Changement de référent lancé par l'administrateur",
  "session.created": "Sensibilisation créée",
  "session.playback_completed": "Diffusion de la sensibilisation terminée",
  "session.paper_only_declared": "Sensibilisation déclarée sur papier",
  "session.decisions": "Décisions de la sensibilisation",
  "spaces.linked": "Espaces liés",
  "spaces.split": "Espaces distingués",
  // issue 12: the content studio's profiles
  "profile.created": "Profil créé",
  "profile.updated": "Profil modifié",
  "profile.archived": "Profil archivé",
  "profile.reactivated": "Profil réactivé",
  "profile.modules_set": "Modules d'un profil modifiés",
};

export const auditLabel = (action: string) => AUDIT_LABELS[action] ?? action;

/** The entry's data as "key: value" lines (values of nested objects as JSON). */
export function auditDetails(data: unknown) {
  if (data === null || data === undefined) return "-";
  if (typeof data !== "object" || Array.isArray(data)) return JSON.stringify(data);
  return Object.entries(data as Record<string, unknown>)
    .map(([k, v]) => `${k} : ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}
