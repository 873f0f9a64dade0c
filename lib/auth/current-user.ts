import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { loadViewer } from "@/lib/auth/viewer";

/** The viewer of this request, re-read from the database once per request. */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.accountId) return null;
  return loadViewer(session.accountId, session.credentialsVersion);
});
