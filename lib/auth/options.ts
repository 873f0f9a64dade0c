// next-auth configuration: credentials login, JWT sessions (nothing kept in a process's
// memory, so several instances can serve the same users). The token only carries the
// account id and the id of its AuthSession row, which every request checks and DÉCONNEXION
// revokes (lib/auth/auth-session.ts); everything else is re-read on each request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginSchema } from "@/lib/auth/login.schema";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createAuthSession, revokeSession, SESSION_RULES } from "@/lib/auth/auth-session";

function clientAddress(headers: Record<string, unknown> | undefined) {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : null;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_RULES.maxAgeHours * 60 * 60 },
  pages: { signIn: "/", error: "/" },
  providers: [
    CredentialsProvider({
      name: "Identifiants",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const address = clientAddress(req?.headers as Record<string, unknown> | undefined);
        const result = await verifyCredentials(parsed.data.identifier, parsed.data.password, address);
        if (!result.ok) {
          if (result.reason === "THROTTLED") throw new Error("THROTTLED");
          return null;
        }
        const sessionId = await createAuthSession({
          accountId: result.accountId,
          credentialsVersion: result.credentialsVersion,
          address,
          userAgent: typeof req?.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null,
        });
        return { id: result.accountId, sessionId };
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
