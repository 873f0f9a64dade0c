"use client";
// The profile's modules in the order of the path. « Monter » and « Descendre » are real buttons,
// so the order changes with the keyboard as with the mouse; after a move the focus stays on the
// moved module's button and the new place is announced. « Retirer » asks first: the paths under
// way no longer ask for the module.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addProfileModuleAction, moveProfileModuleAction, removeProfileModuleAction } from "@/lib/content/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { frenchSpaces } from "@/lib/typography";

type ModuleItem = { id: string; title: string; active: boolean; snbpeCommon: boolean };

const small =
  "min-h-11 rounded-md border-2 border-navy bg-white px-3 font-bold text-navy disabled:border-slate-300 disabled:text-slate-400";

export function ProfileModules({
  profileId,
  modules,
  addable,
  pathsUnderWay,
}: {
  profileId: string;
  modules: ModuleItem[];
  addable: { id: string; title: string }[];
  pathsUnderWay: number;
}) {
  const router = useRouter();
  const [order, setOrder] = useState(modules);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const list = useRef<HTMLOListElement>(null);
  const addSelect = useRef<HTMLSelectElement>(null);
  const removeDialog = useRef<HTMLDialogElement>(null);
  const [removing, setRemoving] = useState<ModuleItem | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const focusAfter = useRef<{ id: string; direction: "up" | "down" } | null>(null);

  // the server's list wins whenever the page is refreshed (state adjusted while rendering)
  const [fromServer, setFromServer] = useState(modules);
  if (fromServer !== modules) {
    setFromServer(modules);
    setOrder(modules);
  }

  useEffect(() => {
    const wanted = focusAfter.current;
    if (!wanted) return;
    focusAfter.current = null;
    const index = order.findIndex((m) => m.id === wanted.id);
    // at either end the button of that direction is disabled: the other one takes the focus
    const direction =
      (wanted.direction === "up" && index === 0) || (wanted.direction === "down" && index === order.length - 1)
        ? wanted.direction === "up"
          ? "down"
          : "up"
        : wanted.direction;
    buttons.current.get(`${wanted.id}-${direction}`)?.focus();
  }, [order]);

  // the buttons stay enabled while a move is sent (a disabled button would lose the focus): a
  // second press is another move, which Next.js sends after the first (server actions queue) and
  // the server applies to the order the first one left
  const move = (item: ModuleItem, direction: "up" | "down") =>
    startTransition(async () => {
      setError(null);
      const res = await moveProfileModuleAction({ profileId, moduleId: item.id, direction });
      if (!res.ok) {
        setError(res.error);
        return;
      }
      const byId = new Map(order.map((m) => [m.id, m]));
      focusAfter.current = { id: item.id, direction };
      setOrder(res.data.moduleIds.map((id) => byId.get(id)!).filter(Boolean));
      setStatus(`${item.title} : position ${res.data.moduleIds.indexOf(item.id) + 1} sur ${res.data.moduleIds.length}.`);
      router.refresh();
    });

  // the removed row's button is gone: the focus goes to the list, and the removal is announced
  const remove = (item: ModuleItem) =>
    startTransition(async () => {
      const res = await removeProfileModuleAction({ profileId, moduleId: item.id });
      if (!res.ok) {
        setRemoveError(res.error);
        return;
      }
      removeDialog.current?.close();
      setOrder((current) => current.filter((m) => m.id !== item.id));
      setStatus(`${item.title} retiré du profil.`);
      (order.length > 1 ? list.current : addSelect.current)?.focus();
      router.refresh();
    });

  const add = () =>
    startTransition(async () => {
      setAddError(null);
      if (!adding) {
        setAddError("Choisissez un module.");
        return;
      }
      const res = await addProfileModuleAction({ profileId, moduleId: adding });
      if (!res.ok) {
        setAddError(res.fieldErrors?.moduleId ?? res.error);
        return;
      }
      const title = addable.find((m) => m.id === adding)?.title ?? "";
      setAdding("");
      setStatus(`${title} ajouté en position ${res.data.moduleIds.length}.`);
      router.refresh();
    });

  return (
    <div className="grid gap-4">
      <p role="status" aria-live="polite" className="sr-only">
        {frenchSpaces(status)}
      </p>
      <FormAlert message={error} />
      {order.length === 0 ? (
        <p className="text-slate-700">Aucun module&#8239;: ajoutez le premier ci-dessous.</p>
      ) : (
        <ol ref={list} tabIndex={-1} aria-label="Modules du parcours, dans l'ordre" className="grid gap-2">
          {order.map((m, i) => (
            <li key={m.id} className="grid gap-2 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-[auto_1fr_auto] sm:items-center">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-navy font-bold text-white">
                {i + 1}
              </span>
              <span className="font-semibold">
                <span className="sr-only">{i + 1}. </span>
                {m.title}
                {m.snbpeCommon ? <span className="ml-2 text-sm font-normal text-slate-700">(commun avec le SNBPE)</span> : null}
                {!m.active ? <span className="ml-2 rounded bg-slate-700 px-2 py-0.5 text-sm text-white">Module archivé</span> : null}
              </span>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  ref={(el) => {
                    if (el) buttons.current.set(`${m.id}-up`, el);
                    else buttons.current.delete(`${m.id}-up`);
                  }}
                  disabled={i === 0}
                  onClick={() => move(m, "up")}
                  aria-label={`Monter le module ${m.title}`}
                  className={small}
                >
                  <span aria-hidden="true">↑ </span>Monter
                </button>
                <button
                  type="button"
                  ref={(el) => {
                    if (el) buttons.current.set(`${m.id}-down`, el);
                    else buttons.current.delete(`${m.id}-down`);
                  }}
                  disabled={i === order.length - 1}
                  onClick={() => move(m, "down")}
                  aria-label={`Descendre le module ${m.title}`}
                  className={small}
                >
                  <span aria-hidden="true">↓ </span>Descendre
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setRemoveError(null);
                    setRemoving(m);
                    removeDialog.current?.showModal();
                  }}
                  className="min-h-11 rounded-md px-3 font-bold text-red-800 underline"
                >
                  Retirer<span className="sr-only"> le module {m.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        id="retirer-module"
        dialog={removeDialog}
        title={removing ? `Retirer « ${removing.title} » du profil ?` : "Retirer le module ?"}
        error={removeError}
        pending={pending}
        confirmClassName="bg-safety text-navy"
        onConfirm={() => removing && remove(removing)}
      >
        <p className="mt-2 text-sm">
          {pathsUnderWay > 0
            ? frenchSpaces(
                `${pathsUnderWay === 1 ? "Le parcours en cours de ce profil ne demandera" : `Les ${pathsUnderWay} parcours en cours de ce profil ne demanderont`} plus ce module ; un module déjà réussi reste dans l'historique. Un parcours dont c'était le dernier module manquant est terminé et son passeport délivré.`,
              )
            : "Les prochains parcours de ce profil ne comprendront plus ce module."}
        </p>
      </ConfirmDialog>
      <div className="grid max-w-xl gap-1">
        <label htmlFor="ajouter-module" className="text-sm font-semibold">
          Ajouter un module
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            ref={addSelect}
            id="ajouter-module"
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? "ajouter-module-error" : "ajouter-module-hint"}
            className={`min-h-11 w-full min-w-0 flex-1 rounded-md border bg-white px-3 py-2 ${addError ? "border-red-700" : "border-slate-400"}`}
          >
            <option value="">{addable.length === 0 ? "Tous les modules actifs sont déjà dans le profil" : "Choisissez un module"}</option>
            {addable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
          <Button type="button" variant="secondary" disabled={pending || addable.length === 0} onClick={add}>
            Ajouter
          </Button>
        </div>
        <p id="ajouter-module-hint" className="text-xs text-slate-600">
          Le module s&apos;ajoute à la fin du parcours, pour les parcours commencés ensuite.
        </p>
        {addError ? (
          <p id="ajouter-module-error" role="alert" className="text-sm font-medium text-red-700">
            {frenchSpaces(addError)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
