#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, make sure there is an auth
// secret, then serve. The server migrates (and on a new embedded database seeds) at start.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildIfStale } from "./lib/build-if-stale.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = env.PORT ?? "3000";
const url = env.DATABASE_URL ?? "";
const embedded = !url.startsWith("postgres");

if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) {
  if (!embedded) {
    console.error("AUTH_SECRET (or NEXTAUTH_SECRET) must be set when running against PostgreSQL. See .env.example.");
    process.exit(1);
  }
  // The zero-setup demo keeps a random secret beside its embedded data, so sessions survive restarts.
  const dataDir = url.startsWith("file:") ? url.slice(5) || "./data" : "./data";
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, ".auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

buildIfStale(env, { typeCheck: false });

const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
