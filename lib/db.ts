// One PrismaClient per process, on PostgreSQL through the pg driver adapter (no engine
// binary). Kept on globalThis so that dev-server reloads do not open new pools.
// Issue 16: `readDb` is a second client on DATABASE_REPLICA_URL (a streaming replica) for the
// administrators' heavy reads: statistics, exports, lists. Without a replica it is `db`.
// Writes, and a user's reads of what they just wrote, always go through `db` (the primary).
// Both pools fail fast when PostgreSQL is away (connection timeout, statement_timeout), so
// that a request ends on the error page within seconds instead of hanging, and drop broken
// connections so that the app serves again as soon as PostgreSQL is back.
import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

type Role = "primary" | "replica";

function createClient(role: Role) {
  const e = env();
  const connectionString = role === "replica" ? e.DATABASE_REPLICA_URL : e.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL n'est pas défini : démarrez la plateforme avec `npm start`.");
  }
  // issue 18: the pool is ours, handed to Prisma's adapter, so that the gate's hot statements
  // can use it directly too (rawQuery below): one pool per process and per server either way
  const pool = new pg.Pool({
    connectionString,
    max: e.DATABASE_POOL_MAX,
    connectionTimeoutMillis: e.DATABASE_CONNECT_TIMEOUT_MS,
    ...(e.DATABASE_STATEMENT_TIMEOUT_MS ? { statement_timeout: e.DATABASE_STATEMENT_TIMEOUT_MS } : {}),
  });
  // an idle connection that PostgreSQL closed (restart, failover) is dropped by the pool; without
  // a listener its "error" event would end the process
  pool.on("error", (err) => logger.warn({ db: role, err }, "connexion PostgreSQL perdue (elle sera rouverte)"));
  // an interactive transaction waits for a pool connection as long as any other query does
  // (Prisma's own default is 2 s, which failed transactions under load while single queries waited)
  const transactionOptions = { maxWait: e.DATABASE_CONNECT_TIMEOUT_MS, timeout: Math.max(5000, e.DATABASE_CONNECT_TIMEOUT_MS) };
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions }), pool };
}

type Client = ReturnType<typeof createClient>["prisma"];
type Holder = { prisma?: Client; pool?: pg.Pool };
const globalForPrisma = globalThis as unknown as { prisma?: Client; pool?: pg.Pool; replica?: Holder };

function primary(): { prisma: Client; pool: pg.Pool } {
  if (!globalForPrisma.prisma) Object.assign(globalForPrisma, createClient("primary"));
  return { prisma: globalForPrisma.prisma!, pool: globalForPrisma.pool! };
}

function replica(): { prisma: Client; pool: pg.Pool } {
  if (!env().DATABASE_REPLICA_URL) return primary();
  const holder = (globalForPrisma.replica ??= {});
  if (!holder.prisma) Object.assign(holder, createClient("replica"));
  return { prisma: holder.prisma!, pool: holder.pool! };
}

// Prisma keeps DateTime as UTC in "timestamp without time zone" columns: read them as UTC
// whatever the process's time zone (pg would read them as local time).
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function queryOn<T>(pool: pg.Pool, query: Prisma.Sql): Promise<T[]> {
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  const result = await pool.query({ text: query.text, values, types });
  return result.rows as T[];
}

/**
 * Issue 18: one statement straight through the pool, for the gate's hottest paths (the QR page,
 * the API, the controller's check). Prisma's client adds about 2 ms of work to every query
 * (measured: SELECT 1 in 2.8 ms through Prisma, 0.3 ms through pg on the same pool), which is
 * most of what the QR page costs beyond a trivial route. Dates are sent as UTC ISO strings, as
 * Prisma stores them.
 */
export async function rawQuery<T>(query: Prisma.Sql): Promise<T[]> {
  return queryOn<T>(primary().pool, query);
}

/** rawQuery on the replica (or the primary without one): exports' pages. */
export async function readRawQuery<T>(query: Prisma.Sql): Promise<T[]> {
  return queryOn<T>(replica().pool, query);
}

function lazyClient(get: () => { prisma: Client }) {
  // Created on first use, so that `next build` (which imports route modules) needs no database.
  return new Proxy({} as Client, {
    get(_target, property) {
      // the pools are ours (createClient): closing the client closes them too (scripts and tests exit)
      if (property === "$disconnect") return disconnect;
      const client = get().prisma;
      const value = Reflect.get(client, property);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

/** The primary: every write, and every read of what a user has just written. */
export const db = lazyClient(primary);

/**
 * Reads that may lag the primary by a moment (a streaming replica is usually under a second
 * behind): the administrators' statistics, exports and lists. Never for a write (the replica
 * refuses it) nor right after one.
 */
export const readDb = lazyClient(replica);

async function disconnect() {
  const holders: Holder[] = [globalForPrisma, globalForPrisma.replica ?? {}];
  for (const holder of holders) {
    const { prisma, pool } = holder;
    holder.prisma = undefined;
    holder.pool = undefined;
    await prisma?.$disconnect();
    await pool?.end();
  }
}

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
