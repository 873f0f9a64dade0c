// Prisma CLI configuration (migrate, generate, seed). The app never reads this file.
// Prisma 6.19 runs its schema engine as WebAssembly through @prisma/adapter-pg because
// engine binaries cannot be downloaded here. Two defects of that pairing are mended below
// (see the README's notes for developers): catalogue columns of built-in types the adapter
// does not map, and a shadow database that `migrate dev` must really create, use and drop.
// The connection is DATABASE_URL as given, so that its TLS settings (sslmode, sslrootcert,
// sslcert, sslkey, uselibpqcompat…) reach pg just as they do in the app (lib/db.ts).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const KNOWN_OIDS = new Set([
  16, 17, 20, 21, 23, 25, 26, 114, 142, 143, 199, 650, 651, 700, 701, 790, 791, 869, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016,
  1021, 1022, 1028, 1041, 1042, 1043, 1082, 1083, 1114, 1115, 1182, 1183, 1184, 1185, 1231, 1266, 1560, 1561, 1562, 1563, 1700, 2950, 2951,
  3802, 3807,
]);
const TEXT_OID = 25;
const FIRST_USER_OID = 10000;

// Defect 1 (prisma/orm#27403): report built-in types the adapter cannot map ("name",
// "char", regclass…) as text, so that introspecting the catalogue does not fail.
type QueryFn = (...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: QueryFn; __textPatched?: boolean };
if (!proto.__textPatched) {
  const original = proto.query;
  const relabel = (result: unknown) => {
    const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
    for (const field of fields ?? []) {
      if (field.dataTypeID < FIRST_USER_OID && !KNOWN_OIDS.has(field.dataTypeID)) {
        field.dataTypeID = TEXT_OID;
      }
    }
    return result;
  };
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (err: unknown, res: unknown) => void;
      args[last] = (err: unknown, res: unknown) => callback(err, err ? res : relabel(res));
    }
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(relabel);
    }
    return out;
  };
  proto.__textPatched = true;
}

// `prisma generate` needs no database, but without a DATABASE_URL to resolve Prisma 6.19
// falls back to downloading a query engine (which fails offline, e.g. during npm install).
if (!process.env.DATABASE_URL && process.argv.includes("generate")) {
  process.env.DATABASE_URL = "postgresql://generate-only@127.0.0.1:1/unused";
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL manque : lancez `npm start` ou définissez-la.");
  return url;
}

// The whole URL goes to pg (not host, port, user… picked out of it), or its TLS parameters
// would be lost and a server that requires TLS would refuse the connection.
function connectionConfig(url: string): pg.PoolConfig {
  // PGlite serves one connection at a time
  return { connectionString: url, max: process.env.PRISMA_POOL_MAX ? Number(process.env.PRISMA_POOL_MAX) : 4 };
}

// The same URL on another database: only the path changes, the query (TLS…) stays. Written
// without `new URL`, which rejects an empty host (postgresql://user@/db?host=/run/postgresql).
function withDatabase(url: string, database: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(?:\/[^?#]*)?(.*)$/i.exec(url);
  if (!match) throw new Error("DATABASE_URL n'est pas une URL postgresql://… valide.");
  return `${match[1]}/${encodeURIComponent(database)}${match[2]}`;
}

// Defect 2: the stock shadow database reuses the main connection string and drops the
// shadow while its pool is still open. Create a uniquely named database, connect to it,
// and close the pool before dropping it.
function adapterFactory() {
  const url = databaseUrl();
  const main = new PrismaPg(connectionConfig(url));
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const name = `prisma_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = await new PrismaPg(connectionConfig(withDatabase(url, name))).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    },
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => adapterFactory(),
});
