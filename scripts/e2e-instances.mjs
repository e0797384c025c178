#!/usr/bin/env node
// Two app instances on one PostgreSQL database, for tests/instances: a new schema with the demo
// data, instance A (two worker processes) on E2E_PORT and instance B (one) on E2E_PORT + 1, with
// the same secret as a deployment's instances behind one proxy would have. B starts once A answers,
// so Playwright's wait for B means both are up.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { buildIfStale } from "./lib/build-if-stale.mjs";

const base = process.env.DATABASE_URL ?? "";
if (!base.startsWith("postgres")) {
  console.error("The two-instance test needs PostgreSQL: set DATABASE_URL=postgresql://… (the embedded database serves one process).");
  process.exit(1);
}
const portA = Number(process.env.E2E_PORT ?? "3200");
const url = new URL(base);
url.searchParams.set("schema", process.env.INSTANCES_SCHEMA ?? `inst_${randomBytes(5).toString("hex")}`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url.toString(), NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), BIND_ADDRESS: "127.0.0.1" };

buildIfStale(env);
const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-demo.ts"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const servers = [];
function start(port, workers) {
  const child = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}`, WEB_CONCURRENCY: String(workers) } });
  servers.push(child);
  child.on("exit", (code) => { if (!stopping) { console.error(`instance on ${port} exited (${code})`); stop(1); } });
}

async function healthy(port) {
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${port} did not answer within 180 s`);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(servers.map((s) => new Promise((resolve) => { if (s.exitCode !== null) resolve(); else { s.on("exit", resolve); s.kill("SIGTERM"); } })));
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${new URL(env.DATABASE_URL).searchParams.get("schema")}" CASCADE`).catch((e) => console.error("cleanup failed:", e.message));
  await client.end();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));

start(portA, 2);
await healthy(portA);
start(portA + 1, 1);
