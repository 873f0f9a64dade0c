import "next-auth";
import "next-auth/jwt";

// The token names an AuthSession row (lib/auth/auth-session.ts); everything else is read
// from the database on each request.
declare module "next-auth" {
  interface Session {
    accountId?: string;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    accountId?: string;
    sessionId?: string;
  }
}
