import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    accountId?: string;
    credentialsVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    accountId?: string;
    credentialsVersion?: number;
  }
}
