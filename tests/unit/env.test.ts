import { EnvError, readEnv } from "@/lib/env";

const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://app@db/passeport", NEXTAUTH_URL: "https://passeport.example.fr" };
const secret = "s".repeat(40);

describe("environment", () => {
  it("stops a production server without NEXTAUTH_SECRET, naming the variable", () => {
    expect(() => readEnv(production)).toThrow(EnvError);
    expect(() => readEnv(production)).toThrow(/NEXTAUTH_SECRET manque/);
  });

  it("refuses a short production secret and a missing public URL", () => {
    const { NEXTAUTH_URL: _url, ...withoutUrl } = production;
    expect(() => readEnv({ ...withoutUrl, NEXTAUTH_SECRET: "court" })).toThrow(/trop court[\s\S]*NEXTAUTH_URL \(ou PUBLIC_URL\) manque/);
  });

  it("accepts a complete production environment; the QR key defaults to the session secret", () => {
    const env = readEnv({ ...production, NEXTAUTH_SECRET: secret, PASSPORT_SIGNING_KEY: "{}" });
    expect(env.NEXTAUTH_SECRET).toBe(secret);
    expect(env.PASSPORT_TOKEN_SECRET).toBe(secret);
    expect(env.DATABASE_POOL_MAX).toBe(10);
  });

  it("stops a production server without the QR signing key (issue 18)", () => {
    expect(() => readEnv({ ...production, NEXTAUTH_SECRET: secret })).toThrow(/PASSPORT_SIGNING_KEY manque/);
    expect(() => readEnv({ NODE_ENV: "test" })).not.toThrow();
  });

  it("lets `next build` import the app without secrets", () => {
    expect(() => readEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("uses a development secret outside production only", () => {
    expect(readEnv({ NODE_ENV: "development" }).NEXTAUTH_SECRET).toMatch(/^dev-only/);
    expect(readEnv({ NODE_ENV: "test" }).NEXTAUTH_SECRET).toMatch(/^dev-only/);
  });

  it("reports values of the wrong form", () => {
    expect(() => readEnv({ NODE_ENV: "test", DATABASE_POOL_MAX: "beaucoup" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => readEnv({ NODE_ENV: "test", PUBLIC_URL: "pas une adresse" })).toThrow(/PUBLIC_URL : doit être une URL/);
  });

  it("reads the database's fault settings and the optional replica (issue 16)", () => {
    const defaults = readEnv({ NODE_ENV: "test" });
    expect(defaults.DATABASE_REPLICA_URL).toBeUndefined();
    expect(defaults.DATABASE_CONNECT_TIMEOUT_MS).toBe(3000);
    expect(defaults.DATABASE_STATEMENT_TIMEOUT_MS).toBe(30_000);
    const set = readEnv({
      NODE_ENV: "test",
      DATABASE_REPLICA_URL: "postgresql://app@replica/passeport",
      DATABASE_STATEMENT_TIMEOUT_MS: "0",
    });
    expect(set.DATABASE_REPLICA_URL).toBe("postgresql://app@replica/passeport");
    expect(set.DATABASE_STATEMENT_TIMEOUT_MS).toBe(0);
    expect(() => readEnv({ NODE_ENV: "test", DATABASE_CONNECT_TIMEOUT_MS: "10" })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
  });
});
