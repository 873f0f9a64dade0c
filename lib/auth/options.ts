// next-auth configuration: credentials login, JWT sessions (nothing kept in a process's
// memory, so several instances can serve the same users). The token only carries the
// account id and its credentials version; everything else is re-read on each request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginSchema } from "@/lib/auth/login.schema";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

function clientAddress(headers: Record<string, unknown> | undefined) {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : null;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/", error: "/" },
  providers: [
    CredentialsProvider({
      name: "Identifiants",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const result = await verifyCredentials(
          parsed.data.identifier,
          parsed.data.password,
          clientAddress(req?.headers as Record<string, unknown> | undefined),
        );
        if (!result.ok) {
          if (result.reason === "THROTTLED") throw new Error("THROTTLED");
          return null;
        }
        return { id: result.accountId, credentialsVersion: result.credentialsVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.accountId = user.id;
        token.credentialsVersion = (user as { credentialsVersion?: number }).credentialsVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, accountId: token.accountId, credentialsVersion: token.credentialsVersion };
    },
  },
};
