import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { loadSessionState, type SessionState } from "@/lib/auth/viewer";

/**
 * The session id named by this request's session cookie. The token is only decrypted: next-auth's
 * getServerSession would also re-encrypt it to slide its expiry, a cookie that a server component
 * cannot set anyway (sessions live in the database: lib/auth/auth-session.ts). Only the cookie
 * counts, as with getServerSession (getToken would also read an "Authorization: Bearer" header:
 * it is given none).
 */
async function sessionIdOfRequest(): Promise<string | null> {
  const token = await getToken({ req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"] });
  return typeof token?.sessionId === "string" ? token.sessionId : null;
}

/** The session of this request as the database sees it (the JWT only names it). */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const sessionId = await sessionIdOfRequest();
  if (!sessionId) return { status: "NONE", reason: "UNKNOWN" };
  return loadSessionState(sessionId);
});

/** The viewer of this request, re-read from the database once per request. */
export const getCurrentUser = cache(async () => {
  const state = await getSessionState();
  return state.status === "ACTIVE" ? state.viewer : null;
});
