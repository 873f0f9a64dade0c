// Issue 16: the platform as it runs at scale, for `npm run test:cluster` and `npm run bench:load`:
// one throw-away PostgreSQL cluster (initdb in a temporary folder, on a free port), optionally a
// streaming replica of it (pg_basebackup -R), N app instances (`next start`) sharing the same
// secrets and database, and nginx in front of them (round robin, no sticky sessions), its
// configuration generated in a temporary folder and run in the foreground as our child.
// Every piece registers its own cleanup; `stopAll()` runs them in reverse order, also after a
// failure or Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, log, waitFor } from "./stack.mjs";
import { nextBin, run } from "./run.mjs";

const isRoot = process.getuid?.() === 0;
const cleanups = [];

/** Runs the registered cleanups, last first; safe to call twice. */
export async function stopAll() {
  while (cleanups.length) {
    const cleanup = cleanups.pop();
    await Promise.resolve()
      .then(cleanup)
      .catch((e) => console.error(`[cluster] nettoyage : ${e.message}`));
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}
// a crash of the script itself must not leave PostgreSQL, nginx or instances running either
process.once("uncaughtException", (error) => {
  console.error(error);
  void stopAll().finally(() => process.exit(1));
});

function pgBin() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length ? join(root, versions.at(-1), "bin") : null;
  if (!bin || !existsSync(join(bin, "initdb"))) {
    throw new Error("PostgreSQL (initdb) est introuvable : apt-get install -y postgresql");
  }
  return bin;
}

/** A PostgreSQL binary, as the postgres user when we are root (the server refuses to run as root). */
function pgRun(bin, args, { quiet = true } = {}) {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", join(pgBin(), bin), ...args]] : [join(pgBin(), bin), args];
  return run(cmd, argv, { quiet });
}

function ownedTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (isRoot) chownSync(dir, Number(spawnSync("id", ["-u", "postgres"]).stdout), Number(spawnSync("id", ["-g", "postgres"]).stdout));
  return dir;
}

function pgServer(dir, port) {
  const data = join(dir, "data");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const server = {
    dir,
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgRun("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "-t", "60", "start"]),
    /** `pg_ctl restart -m fast`: sessions are cut, in-flight statements fail, then the server is back */
    restart: () => pgRun("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-m", "fast", "-w", "-t", "60", "restart"]),
    stop: () => pgRun("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {}),
  };
  return server;
}

/**
 * A fresh PostgreSQL cluster on a free port, trust authentication, with what the tests and the
 * load need: enough connections for N instances, pg_stat_statements, WAL for a replica.
 */
export async function startPostgres({ maxConnections = 300, durable = false } = {}) {
  const dir = ownedTempDir("passeport-cluster-pg-");
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  await pgRun("initdb", ["-D", join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
  writeFileSync(
    join(dir, "data", "postgresql.auto.conf"),
    [
      `max_connections = ${maxConnections}`,
      "shared_preload_libraries = 'pg_stat_statements'",
      "wal_level = replica",
      "max_wal_senders = 4",
      // the tests' cluster skips fsync (nothing to keep across a power loss; restarts are clean);
      // the load benchmark keeps it, as production does
      `fsync = ${durable ? "on" : "off"}`,
      "shared_buffers = 128MB",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "data", "pg_hba.conf"),
    "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n",
  );
  const server = pgServer(dir, await freePort());
  await server.start();
  cleanups.push(() => server.stop());
  log(`PostgreSQL jetable sur le port ${server.port}`);
  return server;
}

/** A streaming replica of `primary` (pg_basebackup -R: standby.signal and primary_conninfo written for us). */
export async function startReplica(primary) {
  const dir = ownedTempDir("passeport-cluster-replica-");
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  await pgRun("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    join(dir, "data"),
    "-R",
    "-X",
    "stream",
    "--checkpoint=fast", // the default, spread, waits for most of checkpoint_timeout
  ]);
  const server = pgServer(dir, await freePort());
  await server.start();
  cleanups.push(() => server.stop());
  log(`réplique en flux (pg_basebackup -R) sur le port ${server.port}`);
  return server;
}

/** A database URL on another database of the same server. */
export function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts `count` instances of the built app on free ports, each with `env` (same secrets, same
 * DATABASE_URL). Each keeps its output (`instance.output()`), for the tests that read the logs.
 */
export async function startInstances(env, count) {
  const instances = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...env, INSTANCE_NAME: `instance-${i + 1}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const instance = { name: `instance-${i + 1}`, port, url: `http://127.0.0.1:${port}`, child, output: () => output };
    cleanups.push(async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => (child.kill("SIGKILL"), r()), 5000);
        child.once("exit", () => (clearTimeout(t), r()));
      });
      if (process.env.SHOW_APP_LOG) console.log(`--- ${instance.name}\n${output}`);
    });
    instances.push(instance);
  }
  await Promise.all(
    instances.map((i) =>
      waitFor(`${i.url}/api/sante`, i.child).catch((e) => {
        throw new Error(`${i.name} : ${e.message}\n${i.output()}`);
      }),
    ),
  );
  log(`${count} instances : ${instances.map((i) => i.port).join(", ")}`);
  return instances;
}

/** Debian's nginx, installed with apt when missing and we are root. */
export function ensureNginx() {
  if (existsSync("/usr/sbin/nginx")) return "/usr/sbin/nginx";
  if (!isRoot || !existsSync("/usr/bin/apt-get")) throw new Error("nginx est introuvable : apt-get install -y nginx");
  log("installation de nginx (apt-get)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
  const res = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nginx"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: aptEnv,
  });
  if (res.status !== 0 || !existsSync("/usr/sbin/nginx")) throw new Error("l'installation de nginx a échoué");
  return "/usr/sbin/nginx";
}

/**
 * nginx in front of the instances: round robin (its default), no sticky sessions, keep-alive to
 * the upstreams, the client's address in X-Forwarded-For (the app trusts one hop), and the
 * upstream that answered in X-Upstream (the tests check the alternation).
 */
export async function startNginx(instances, port) {
  const nginx = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), "passeport-cluster-nginx-"));
  chmodSync(dir, 0o755);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  port ??= await freePort();
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${isRoot ? "user root;" : ""}
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=0;`).join("\n")}
    keepalive 64;
    # below Node's own keep-alive timeout (5 s): otherwise nginx may reuse a connection the
    # instance is closing, and a POST (never retried) answers 502
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 400m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 180s;
      proxy_buffers 16 32k;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  const child = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/sante`, child, 20_000).catch((e) => {
    throw new Error(`nginx : ${e.message}\n${output}`);
  });
  log(`nginx (round robin) sur ${url}`);
  return { url, port, dir, child };
}

/** `next build` unless SKIP_BUILD=1 (reuses .next). */
export async function buildOnce(env) {
  if (process.env.SKIP_BUILD === "1" && existsSync(".next/BUILD_ID")) return log("SKIP_BUILD=1 : build existant réutilisé");
  log("next build…");
  await run(process.execPath, [nextBin, "build"], { env, quiet: true });
}
