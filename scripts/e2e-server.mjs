#!/usr/bin/env node
// The server Playwright tests against: a fresh database with the demo data on every run,
// on PGlite (a new temporary folder) or, when DATABASE_URL is postgresql://, a new schema there.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfStale } from "./lib/build-if-stale.mjs";

const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
// One process, as on the embedded database; several workers and instances are tests/instances' subject.
env.WEB_CONCURRENCY ??= "1";

buildIfStale(env);

let cleanup = () => {};
const base = process.env.DATABASE_URL ?? "";
if (base.startsWith("postgres")) {
  const schema = `e2e_${randomBytes(5).toString("hex")}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  env.DATABASE_URL = url.toString();
  // Asked for explicitly: the browser tests log in as the demo users.
  const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-demo.ts"], { stdio: "inherit", env });
  if (seed.status !== 0) process.exit(seed.status ?? 1);
  cleanup = async () => {
    url.searchParams.delete("schema");
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "foraeldrestoette-e2e-"));
  env.DATABASE_URL = `file:${dir}`;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...env, BIND_ADDRESS: "127.0.0.1" } });
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
server.on("exit", async (code) => {
  await cleanup().catch((e) => console.error("cleanup failed:", e.message));
  process.exit(code ?? 0);
});
