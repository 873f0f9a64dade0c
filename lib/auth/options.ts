// next-auth configuration: credentials login, JWT sessions (nothing kept in a process's
// memory, so several instances can serve the same users). The token only carries the
// account id and the id of its AuthSession row, which every request checks and DÉCONNEXION
// revokes (lib/auth/auth-session.ts); everything else is re-read on each request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { after } from "next/server";
import { logger } from "@/lib/logger";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginSchema } from "@/lib/auth/login.schema";
import { logIn } from "@/lib/auth/verify-credentials";
import { clientAddressOfHeaders } from "@/lib/http/client-address";
import { revokeSession, SESSION_RULES } from "@/lib/auth/auth-session";

/** The login time is written after the answer; outside a request (tests calling authorize), at once. */
function afterAnswer(job: () => Promise<unknown>) {
  try {
    after(job);
  } catch {
    job().catch((error) => logger.error({ err: error }, "[login] heure de connexion non enregistrée"));
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_RULES.maxAgeHours * 60 * 60 },
  pages: { signIn: "/", error: "/" },
  providers: [
    CredentialsProvider({
      name: "Identifiants",
      credentials: {
        identifier: { type: "text" },
        password: { type: "password" },
        challenge: { type: "text" },
        nonce: { type: "text" },
      },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { identifier, password, challenge, nonce } = parsed.data;
        const address = clientAddressOfHeaders(req?.headers as Record<string, unknown> | undefined);
        const proof = challenge && nonce ? { challenge, nonce } : undefined;
        const userAgent = typeof req?.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null;
        const result = await logIn(identifier, password, address, { proof, userAgent, defer: afterAnswer });
        if (!result.ok) {
          // next-auth hands the message to the login form (LOGIN_ERRORS); PROOF_REQUIRED makes
          // it ask for a challenge of the right difficulty, solve it and try again
          if (result.reason !== "INVALID") throw new Error(result.reason);
          return null;
        }
        return { id: result.accountId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.accountId = user.id;
        token.sessionId = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, accountId: token.accountId, sessionId: token.sessionId };
    },
  },
  events: {
    // DÉCONNEXION: the token may still be valid for hours, its session row is not
    async signOut({ token }) {
      if (token?.sessionId) await revokeSession(token.sessionId, "SIGN_OUT");
    },
  },
};
