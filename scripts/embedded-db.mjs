// Embedded PostgreSQL for the quick start and for tests without DATABASE_URL:
// PGlite (PostgreSQL compiled to WebAssembly) served on 127.0.0.1 through the
// PostgreSQL wire protocol, so the app, Prisma's CLI and psql use it like any server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
// contrib extensions ship as separate modules: the admin search's migration creates these two
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export async function startEmbeddedDb({ dataDir, port = 0, maxConnections = 32 }) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? "memory://", { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db: pg, host: "127.0.0.1", port, maxConnections });
  await server.start();
  const [, actualPort] = server.getServerConn().split(":");
  const url = `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    port: Number(actualPort),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() checkpoints and flushes the data folder: nothing is lost on Ctrl-C
      await pg.close();
    },
  };
}
