// Issue 16, item 4: `readDb` and `readRawQuery` read from DATABASE_REPLICA_URL when it is set,
// and from the primary otherwise; `db` stays on the primary. The replica here is the same
// database reached under another application_name, which each connection reports: enough to
// tell which pool a statement went through (the real streaming replica is in tests/cluster).
import { Prisma } from "@/lib/generated/prisma/client";
import { db, rawQuery, readDb, readRawQuery } from "@/lib/db";

const primaryUrl = process.env.DATABASE_URL!;
const name = async (client: typeof db) =>
  (await client.$queryRaw<{ name: string }[]>`SELECT current_setting('application_name') AS "name"`)[0].name;
const rawName = async (query: typeof rawQuery) =>
  (await query<{ name: string }>(Prisma.sql`SELECT current_setting('application_name') AS "name"`))[0].name;

afterEach(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  await db.$disconnect();
});

it("reads from the primary when no replica is configured", async () => {
  expect(await name(readDb)).toBe(await name(db));
  expect(await rawName(readRawQuery)).toBe(await rawName(rawQuery));
});

it("sends readDb and readRawQuery to DATABASE_REPLICA_URL, and every write and db's reads to the primary", async () => {
  const url = new URL(primaryUrl);
  url.searchParams.set("application_name", "lecture-replique");
  process.env.DATABASE_REPLICA_URL = url.toString();
  expect(await name(readDb)).toBe("lecture-replique");
  expect(await rawName(readRawQuery)).toBe("lecture-replique");
  expect(await name(db)).not.toBe("lecture-replique");
  expect(await rawName(rawQuery)).not.toBe("lecture-replique");
});
