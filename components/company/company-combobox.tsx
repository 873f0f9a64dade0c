"use client";
// E3/A4: "Entreprise*" — type a name or a SIRET, pick a registered company in the list
// (arrow keys + Entrée, or the mouse), or keep the typed name when the company is not
// registered yet (only where the caller allows it). ARIA 1.2 combobox pattern.
import { useEffect, useId, useRef, useState } from "react";

export type CompanyOption = { id: string; name: string; siret: string | null; registered: boolean };

export function CompanyCombobox({
  id,
  label,
  name,
  companyId,
  onChange,
  onBlur,
  search,
  error,
  allowUnknown,
  minChars = 2,
}: {
  id: string;
  label: string;
  /** the text in the box */
  name: string;
  /** the chosen company, "" when none */
  companyId: string;
  onChange: (value: { name: string; companyId: string }) => void;
  onBlur?: () => void;
  search: (q: string) => Promise<CompanyOption[]>;
  error?: string;
  allowUnknown: boolean;
  /** characters typed before a search is sent */
  minChars?: number;
}) {
  const listId = useId();
  const [options, setOptions] = useState<CompanyOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState("");
  const latest = useRef(0);

  useEffect(() => {
    const q = name.trim();
    const ticket = ++latest.current; // also cancels a search still under way
    if (companyId || q.length < minChars) return;
    const timer = setTimeout(async () => {
      const found = await search(q).catch(() => []);
      if (ticket !== latest.current) return; // a newer search is under way
      setOptions(found);
      setSearched(q);
      setActive(-1);
    }, 200);
    return () => clearTimeout(timer);
  }, [name, companyId, search, minChars]);
  // nothing to propose once a company is chosen or while the query is too short
  const shown = companyId || name.trim().length < minChars ? [] : options;

  const pick = (o: CompanyOption) => {
    onChange({ name: o.name, companyId: o.id });
    setOpen(false);
    setActive(-1);
  };
  const expanded = open && shown.length > 0;
  const exact = shown.some((o) => o.name.toLocaleLowerCase("fr") === name.trim().toLocaleLowerCase("fr"));
  const hintId = `${id}-hint`;
  let hint: string | null = null;
  if (companyId) hint = "✓ Entreprise enregistrée sur la plateforme.";
  else if (name.trim().length >= minChars && searched === name.trim() && !exact)
    hint = allowUnknown
      ? shown.length
        ? "Choisir l'entreprise dans la liste\u202f; sinon elle sera enregistrée sous ce nom."
        : "Entreprise non répertoriée\u202f: elle sera enregistrée sous ce nom."
      : shown.length
        ? "Choisissez votre entreprise dans la liste."
        : "Aucune entreprise trouvée\u202f: vérifiez le nom ou le SIRET, ou demandez à votre entreprise de s'inscrire.";
  else if (!name.trim()) hint = "Nom ou SIRET, puis choisissez dans la liste.";

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined}
        autoComplete="off"
        placeholder="Exemple&#8239;: Entreprise"
        value={name}
        onChange={(e) => {
          onChange({ name: e.target.value, companyId: "" });
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150); // let a click on an option land first
          onBlur?.();
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && shown.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % shown.length);
          } else if (e.key === "ArrowUp" && shown.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
          } else if (e.key === "Enter" && expanded && active >= 0) {
            e.preventDefault();
            pick(shown[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className={`min-h-11 rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Entreprises trouvées pour ${label}`}
        hidden={!expanded}
        className="absolute top-[4.6rem] z-20 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
      >
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-navy text-white" : "hover:bg-slate-100"}`}
          >
            <span className="font-semibold">{o.name}</span>
            <span className="block text-xs opacity-80">
              {o.siret ? `SIRET ${o.siret}` : "Sans SIRET"}
              {o.registered ? "" : " · inscription à compléter"}
            </span>
          </li>
        ))}
      </ul>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
