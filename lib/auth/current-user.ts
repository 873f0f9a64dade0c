import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { loadSessionState, type SessionState } from "@/lib/auth/viewer";

/** The session of this request as the database sees it (the JWT only names it). */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const session = await getServerSession(authOptions);
  if (!session?.sessionId) return { status: "NONE", reason: "UNKNOWN" };
  return loadSessionState(session.sessionId);
});

/** The viewer of this request, re-read from the database once per request. */
export const getCurrentUser = cache(async () => {
  const state = await getSessionState();
  return state.status === "ACTIVE" ? state.viewer : null;
});
