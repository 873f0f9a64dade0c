// `npm run test:cluster` (issue 16): the platform as several instances behind a load balancer.
// One throw-away PostgreSQL cluster and its streaming replica, the app built once (SKIP_BUILD=1
// reuses .next), two instances with the same secrets and database, nginx in round robin in
// front, and a stand-in for the e-mail provider (Resend's API, RESEND_BASE_URL) that records
// every message it is given. Then Jest's "cluster" project (tests/cluster), one file at a time;
// the tests reach this harness's control address to restart PostgreSQL or read what was sent.
// Everything started here is stopped at the end, also when something failed.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { baseEnv, freePort, log } from "./stack.mjs";
import { migrateDeploy, seed } from "./run.mjs";
import { buildOnce, ensureNginx, startInstances, startNginx, startPostgres, startReplica, stopAll, withDatabase } from "./cluster.mjs";

async function sql(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The provider's stand-in and the harness's controls, on one local port. */
function controlServer(primary) {
  const sent = [];
  let failing = false;
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const json = (status, value) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    try {
      if (req.method === "POST" && req.url === "/emails") {
        if (failing) return json(500, { name: "internal_server_error", message: "fournisseur en panne (test)" });
        const email = JSON.parse(body);
        const id = `fake-${sent.length + 1}`;
        sent.push({ id, ref: email.headers?.["X-Entity-Ref-ID"] ?? null, to: email.to, at: Date.now() });
        return json(200, { id });
      }
      if (req.url === "/__sent") return json(200, sent);
      if (req.url === "/__provider-failing") {
        failing = body === "true";
        return json(200, { failing });
      }
      if (req.method === "POST" && req.url === "/__restart-postgres") {
        const t0 = Date.now();
        await primary.restart();
        return json(200, { restartedInMs: Date.now() - t0, backAt: Date.now() });
      }
      json(404, {});
    } catch (error) {
      json(500, { error: error.message });
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })),
  );
}

async function main() {
  const started = Date.now();
  const jestArgs = process.argv.slice(2);
  let control;
  try {
    ensureNginx();
    const primary = await startPostgres();
    const databaseUrl = withDatabase(primary.url, "passeport");
    await sql(primary.url, "CREATE DATABASE passeport");
    await migrateDeploy(databaseUrl);
    await seed(databaseUrl);
    await sql(databaseUrl, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const replica = await startReplica(primary);
    const replicaUrl = withDatabase(replica.url, "passeport");

    control = await controlServer(primary);
    const env = baseEnv();
    const nginxPort = await freePort();
    Object.assign(env, {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
      NEXTAUTH_URL: `http://127.0.0.1:${nginxPort}`,
      TRUSTED_PROXY_HOPS: "1",
      RESEND_API_KEY: `re_test_${randomBytes(8).toString("hex")}`,
      RESEND_BASE_URL: control.url,
      LOG_LEVEL: "info",
    });
    await buildOnce(env);
    const instances = await startInstances(env, 2);
    const nginx = await startNginx(instances, nginxPort);

    const jestEnv = {
      ...env,
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      // the tests' own writes (200 e-mails at once) may wait for a connection: they are not the app
      DATABASE_CONNECT_TIMEOUT_MS: "20000",
      APP_URL: nginx.url,
      CLUSTER_CONTROL_URL: control.url,
      CLUSTER_INSTANCES: JSON.stringify(instances.map((i) => ({ name: i.name, url: i.url, pid: i.child.pid }))),
      CLUSTER_REPLICA_URL: replicaUrl,
    };
    // the tests read the instances' logs (the scheduled job) through files the harness refreshes
    const logDir = mkdtempSync(join(tmpdir(), "passeport-cluster-logs-"));
    jestEnv.CLUSTER_LOG_DIR = logDir;
    const dumpLogs = () => instances.forEach((i) => writeFileSync(join(logDir, `${i.name}.log`), i.output()));
    const dumper = setInterval(dumpLogs, 1000);
    log(`prêt en ${Math.round((Date.now() - started) / 1000)} s ; tests…`);
    const jest = spawn(process.execPath, ["node_modules/jest/bin/jest.js", "--selectProjects", "cluster", "--runInBand", ...jestArgs], {
      env: jestEnv,
      stdio: "inherit",
    });
    process.exitCode = await new Promise((r) => jest.on("exit", (c) => r(c ?? 1)));
    clearInterval(dumper);
    if (process.exitCode && !process.env.SHOW_APP_LOG) {
      for (const i of instances) console.log(`--- ${i.name} (fin du journal)\n${i.output().slice(-4000)}`);
    }
    rmSync(logDir, { recursive: true, force: true });
  } catch (error) {
    console.error(`[test:cluster] ${error.stack ?? error.message}`);
    process.exitCode = 1;
  } finally {
    control?.server.close();
    await stopAll();
    log(`durée : ${Math.round((Date.now() - started) / 1000)} s`);
    process.exit(process.exitCode ?? 0);
  }
}

main();
