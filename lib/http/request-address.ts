// The client's address in a server action or a server component (lib/http/client-address.ts).
// A module of its own so that tests can stand in a chosen address.
import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/http/client-address";

export async function requestAddress(): Promise<string | null> {
  const h = await headers();
  return clientAddressFrom((name) => h.get(name));
}
