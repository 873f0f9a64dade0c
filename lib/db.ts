// One PrismaClient per process, on PostgreSQL through the pg driver adapter (no engine
// binary). Kept on globalThis so that dev-server reloads do not open new pools.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL n'est pas défini : démarrez la plateforme avec `npm start`.");
  }
  const max = Number(process.env.DATABASE_POOL_MAX ?? 10);
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

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
