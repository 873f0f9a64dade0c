// One PrismaClient per process, on PostgreSQL through the pg driver adapter (no engine
// binary). Kept on globalThis so that dev-server reloads do not open new pools.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL: connectionString, DATABASE_POOL_MAX: max } = env();
  if (!connectionString) {
    throw new Error("DATABASE_URL n'est pas défini : démarrez la plateforme avec `npm start`.");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { prisma?: Client };

function client(): Client {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

// Created on first use, so that `next build` (which imports route modules) needs no database.
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
