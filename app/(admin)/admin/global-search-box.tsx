"use client";
// The global search at the top of every administrator page: an ARIA 1.2 combobox whose
// suggestions (people, companies, sessions, grouped) arrive as one types. Arrow keys move
// through them, Enter opens the one chosen, or the full results page when none is. Without
// JavaScript it is a plain GET form to /admin/recherche.
import { useId, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { searchSuggestionsAction } from "@/lib/admin/actions";
import type { SearchResults } from "@/lib/admin/global-search";

type Option = { id: string; href: string; title: string; detail: string };
type Group = { label: string; options: Option[] };

const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" });

function groupsOf(r: SearchResults): Group[] {
  return [
    {
      label: "Personnes",
      options: r.people.map((p) => ({
        id: `p-${p.id}`,
        href: `/admin/utilisateurs/${p.id}`,
        title: `${p.firstName} ${p.lastName.toUpperCase()}`,
        detail: [
          p.passportNumber ? `passeport ${p.passportNumber}` : (p.email ?? p.uniqueId),
          p.companyName,
          p.blocked ? "bloqué" : null,
          p.deleted ? "supprimé" : null,
        ]
          .filter(Boolean)
          .join(" · "),
      })),
    },
    {
      label: "Entreprises",
      options: r.companies.map((c) => ({
        id: `c-${c.id}`,
        href: `/admin/entreprises/${c.id}`,
        title: c.name,
        detail: [c.kind === "MEMBER" ? "adhérente" : "sous-traitante", c.memberNumber, c.siret].filter(Boolean).join(" · "),
      })),
    },
    {
      label: "Sensibilisations",
      options: r.sessions.map((s) => ({
        id: `s-${s.id}`,
        href: `/admin/sessions/${s.id}`,
        title: s.label,
        detail: `${date.format(new Date(s.heldOn))} · ${s.trainerName}`,
      })),
    },
  ].filter((g) => g.options.length > 0);
}

/** The box as the layout shows it: on the results page it holds the query those results are for. */
export function GlobalSearch() {
  const onResults = usePathname() === "/admin/recherche";
  const q = useSearchParams().get("q") ?? "";
  const initial = onResults ? q : "";
  return <GlobalSearchBox key={initial} initial={initial} />;
}

function GlobalSearchBox({ initial = "" }: { initial?: string }) {
  const router = useRouter();
  const base = useId();
  const listId = `${base}-liste`;
  const [query, setQuery] = useState(initial);
  const [groups, setGroups] = useState<Group[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const latest = useRef(0);
  const options = groups.flatMap((g) => g.options);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Asks for suggestions once typing pauses; an answer to an older query is dropped. */
  function ask(value: string) {
    clearTimeout(timer.current);
    const q = value.trim();
    const ticket = ++latest.current;
    if (q.length < 2) {
      setGroups([]);
      setStatus("");
      return;
    }
    timer.current = setTimeout(async () => {
      const res = await searchSuggestionsAction({ q });
      if (ticket !== latest.current) return; // a later keystroke already asked again
      const next = res.ok ? groupsOf(res.data) : [];
      setGroups(next);
      setActive(-1);
      const count = next.reduce((n, g) => n + g.options.length, 0);
      setStatus(res.ok ? (count ? `${count} suggestion${count > 1 ? "s" : ""}` : "Aucun résultat") : res.error);
    }, 200);
  }

  const expanded = open && options.length > 0;

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === "Escape") {
      if (expanded) e.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault();
      setOpen(false);
      router.push(options[active].href);
    }
  }

  return (
    <form role="search" action="/admin/recherche" method="get" className="relative mb-6" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${base}-q`} className="mb-1 block text-sm font-semibold">
        Rechercher une personne, une entreprise ou une sensibilisation
      </label>
      <div className="flex gap-2">
        <input
          id={`${base}-q`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          maxLength={120}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${base}-${options[active].id}` : undefined}
          aria-describedby={`${base}-aide`}
          placeholder="Nom, e-mail, ID unique, n° de passeport, SIRET, n° adhérent, «&#8239;Salarié administratif n°47&#8239;»"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            ask(e.target.value);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="min-h-11 shrink-0 rounded-md bg-navy px-4 font-bold text-white">
          Rechercher
        </button>
      </div>
      <p id={`${base}-aide`} className="sr-only">
        Les suggestions apparaissent pendant la saisie&#8239;: flèches haut et bas pour les parcourir, Entrée pour ouvrir.
      </p>
      <p role="status" className="sr-only">
        {status}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg"
      >
        {groups.map((g) => (
          <div key={g.label} role="group" aria-labelledby={`${base}-${g.label}`}>
            <div
              id={`${base}-${g.label}`}
              role="presentation"
              className="bg-slate-100 px-3 py-1 text-xs font-bold uppercase text-slate-700"
            >
              {g.label}
            </div>
            {g.options.map((o) => {
              const index = options.indexOf(o);
              return (
                <div
                  key={o.id}
                  id={`${base}-${o.id}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setOpen(false);
                    router.push(o.href);
                  }}
                  className={`cursor-pointer px-3 py-2 ${index === active ? "bg-safety/30" : "hover:bg-slate-50"}`}
                >
                  <span className="block font-semibold">{o.title}</span>
                  <span className="block text-sm text-slate-700">{o.detail}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </form>
  );
}
