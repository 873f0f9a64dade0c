// Issue 18, item 3 (browser side): what the control app keeps on the phone, in IndexedDB
// (idb-keyval): the platform's public keys and the signed list of revoked passports (public,
// refreshed whenever online), and the checks made offline until they are sent. Each waiting
// check names the controller who made it: only theirs are sent from their session.
import { createStore, del, entries, get, set } from "idb-keyval";
import type { JSONWebKeySet } from "jose";
import { readRevocationList, type RevocationList } from "@/lib/passports/offline-check";
import type { OfflineCheckInput } from "@/lib/passports/offline-check.schema";

export type GateLists = { jwks: JSONWebKeySet; revocations: string; list: RevocationList };
export type WaitingCheck = OfflineCheckInput & { controllerId: string };

const listsStore = () => createStore("passeport-controle", "listes");
const checksStore = () => createStore("passeport-controle-attente", "controles");

export const loadGateLists = () => get<GateLists>("listes", listsStore());

/** Fetches the keys and the list, keeps them when the list's signature holds; the copy kept otherwise. */
export async function refreshGateLists(): Promise<GateLists | undefined> {
  try {
    const [keysResponse, listResponse] = await Promise.all([
      fetch("/api/v1/cles", { cache: "no-store" }),
      fetch("/api/v1/revocations", { cache: "no-store" }),
    ]);
    if (!keysResponse.ok || !listResponse.ok) return loadGateLists();
    const jwks = (await keysResponse.json()) as JSONWebKeySet;
    const revocations = await listResponse.text();
    const list = await readRevocationList(revocations, jwks);
    if (!list) return loadGateLists();
    const lists = { jwks, revocations, list };
    await set("listes", lists, listsStore());
    return lists;
  } catch {
    return loadGateLists();
  }
}

export const saveWaitingCheck = (check: WaitingCheck) => set(check.id, check, checksStore());

export async function waitingChecks(controllerId: string): Promise<WaitingCheck[]> {
  const all = await entries<string, WaitingCheck>(checksStore());
  return all
    .map(([, check]) => check)
    .filter((c) => c.controllerId === controllerId)
    .sort((a, b) => a.checkedAt - b.checkedAt);
}

export const forgetWaitingCheck = (id: string) => del(id, checksStore());
