// Issue 12: the content studio's index: the profiles, the rule that gives them to new people,
// and the modules (each edited on its own page).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listProfiles } from "@/lib/content/profiles";
import { listStudioModules } from "@/lib/content/module-list";
import { PROFILE_RULE_CASES } from "@/lib/people/profile-rule";
import { Cell, Row, Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Contenus" };

const link = "font-semibold text-navy underline";
const yesNo = (v: boolean) => (v ? "Oui" : "Non");
const months = (n: number) => `${n}\u00a0mois`;
const badge = (active: boolean) =>
  active ? (
    <span className="rounded bg-green-100 px-2 py-0.5 font-semibold text-green-900">Actif</span>
  ) : (
    <span className="rounded bg-slate-700 px-2 py-0.5 font-semibold text-white">Archivé</span>
  );

function Section({ id, title, action, children }: { id: string; title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-bold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export default async function ContentsPage() {
  const viewer = await requireSpace("admin");
  const [profiles, modules] = await Promise.all([listProfiles(viewer), listStudioModules(viewer)]);
  const nameOf = new Map(profiles.map((p) => [p.code, p.name]));
  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <h1 className="text-2xl font-black">CONTENUS</h1>
        <p className="max-w-3xl text-slate-700">
          Les profils de sensibilisation, leurs modules dans l&apos;ordre du parcours et la durée de validité de leur passeport. Une
          modification s&apos;applique aux parcours commencés ensuite.
        </p>
      </div>

      <Section
        id="profils"
        title={`Profils (${profiles.length})`}
        action={
          <Link href="/admin/contenus/profils/nouveau" className={buttonClass("primary")}>
            Créer un profil
          </Link>
        }
      >
        <Table
          headers={[
            "Profil",
            "Validité",
            "Modules",
            "Personnes",
            "État",
            { key: "actions", cell: <span className="sr-only">Actions</span> },
          ]}
          empty={profiles.length === 0 ? "Aucun profil." : null}
        >
          {profiles.map((p) => (
            <Row key={p.id}>
              <Cell className="font-semibold">{p.name}</Cell>
              <Cell>{months(p.validityMonths)}</Cell>
              <Cell>{p.moduleCount}</Cell>
              <Cell>{p.peopleCount}</Cell>
              <Cell>{badge(p.active)}</Cell>
              <Cell>
                <Link href={`/admin/contenus/profils/${p.id}`} className={link} aria-label={`Modifier le profil ${p.name}`}>
                  Modifier
                </Link>
              </Cell>
            </Row>
          ))}
        </Table>
      </Section>

      <Section id="regle" title="Règle d'attribution des profils">
        <p className="max-w-3xl text-slate-700">
          À la création d&apos;un compte (par l&apos;entreprise, par inscription libre ou lors d&apos;une sensibilisation) et dans MES
          INFORMATIONS, deux des quatre questions posées choisissent le profil. Les deux autres (sessions de sensibilisation, contrôles de
          passeports) donnent des rôles, pas un profil.
        </p>
        <Table headers={["Transporteur\u202f?", "Intervention technique\u202f?", "Profil attribué"]} minWidth="sm:min-w-[480px]">
          {PROFILE_RULE_CASES.map((c) => (
            <Row key={`${c.isHauler}-${c.isTechnical}`}>
              <Cell>{yesNo(c.isHauler)}</Cell>
              <Cell>{yesNo(c.isTechnical)}</Cell>
              <Cell className="font-semibold">{nameOf.get(c.code) ?? c.code}</Cell>
            </Row>
          ))}
        </Table>
        <p className="max-w-3xl text-sm text-slate-700">
          Un transporteur suit le parcours Transporteur même s&apos;il intervient aussi techniquement&#8239;: chargement et pesage sont ses
          risques de tous les jours. Cette règle est écrite dans le code de la plateforme et testée, car c&apos;est une décision de sécurité
          liée aux trois profils&#8239;; elle change avec une mise en production, pas depuis cet écran. C&apos;est pourquoi ces trois
          profils ne peuvent pas être archivés. Un autre profil est attribué à une personne depuis sa fiche (UTILISATEURS).
        </p>
      </Section>

      <Section
        id="modules"
        title={`Modules (${modules.length})`}
        action={
          <Link href="/admin/contenus/modules/nouveau" className={buttonClass("primary")}>
            Créer un module
          </Link>
        }
      >
        <Table
          headers={["Module", "Commun avec le SNBPE", "Version publiée", "Brouillon", "Profils", "État"]}
          empty={modules.length === 0 ? "Aucun module." : null}
        >
          {modules.map((m) => (
            <Row key={m.id}>
              <Cell>
                <Link href={`/admin/contenus/modules/${m.id}`} className={link}>
                  {m.title}
                </Link>
              </Cell>
              <Cell>{yesNo(m.snbpeCommon)}</Cell>
              <Cell>{m.publishedNumber === null ? "Aucune" : `Version ${m.publishedNumber}`}</Cell>
              <Cell>{m.draftNumber === null ? "Non" : `Oui (version ${m.draftNumber})`}</Cell>
              <Cell>{m.profileCount}</Cell>
              <Cell>{badge(m.active)}</Cell>
            </Row>
          ))}
        </Table>
      </Section>
    </div>
  );
}
