#!/usr/bin/env node
// The production HTTP server: Next.js behind a small gate (scripts/lib/request-gate.mjs) that
// knows the client's real address and refuses malformed requests before they reach the app.
// `npm start` and the browser tests both serve through it; `next start` would trust a client's
// X-Forwarded-For. On PostgreSQL it runs one worker per core (scripts/lib/workers.mjs), all on one
// port; a worker that dies is replaced.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";
import next from "next";
import { parseTrustedProxies } from "./lib/client-address.mjs";
import { createGate } from "./lib/request-gate.mjs";
import { withServerTiming } from "./lib/server-timing.mjs";
import { workerCount } from "./lib/workers.mjs";

let workers = null;
try {
  if (cluster.isPrimary) workers = workerCount(process.env, availableParallelism());
} catch (error) {
  console.error(`[forældrestøtte] ${error.message}`);
  process.exit(1);
}
if (workers && workers.count > 1) runPrimary(workers);
else await serve(workers);

function runPrimary({ count, reason }) {
  console.log(`[forældrestøtte] ${count} server processes (${reason})`);
  let stopping = false;
  // A worker that keeps dying right after its start (a bad setting, the database gone) stops the
  // whole server, so a supervisor sees the failure instead of an endless restart loop.
  const quickDeaths = [];
  // One worker per server runs the app's schedules (reminder e-mails, contact sessions); the others
  // would only repeat the reading, since the database locks make every run safe beside another.
  const schedules = new Map();
  const fork = (runsSchedules) => schedules.set(cluster.fork({ FS_RUN_SCHEDULES: runsSchedules ? "1" : "0" }).id, runsSchedules);
  for (let i = 0; i < count; i++) fork(i === 0);
  cluster.on("exit", (worker, code, signal) => {
    const runsSchedules = schedules.get(worker.id) ?? false;
    schedules.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    quickDeaths.push(now);
    while (quickDeaths.length && quickDeaths[0] < now - 60_000) quickDeaths.shift();
    if (quickDeaths.length > 2 * count) {
      console.error(`[forældrestøtte] server processes keep exiting (last: ${signal ?? code}); stopping`);
      process.exit(1);
    }
    console.error(`[forældrestøtte] server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork(runsSchedules);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(sig);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

async function serve(workers) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const port = Number(process.env.PORT ?? 3000);
  // Unset: every interface (IPv6 and IPv4), as `next start` does.
  const hostname = process.env.BIND_ADDRESS || undefined;
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  // The app believes the address header only with this process's token beside it (src/server/request-meta.ts).
  const token = randomBytes(24).toString("base64url");
  globalThis.__fsClientIpToken = token;
  const allowedOrigins = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);

  const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  if (workers) console.log(`[forældrestøtte] one server process (${workers.reason})`);
  const gate = createGate({ root, trusted, token, allowedOrigins });

  const server = createServer((req, res) => withServerTiming(req, res, () => {
    try {
      if (gate(req, res)) return;
    } catch (error) {
      console.error("[server] request gate failed:", error);
      res.writeHead(400).end();
      return;
    }
    handle(req, res).catch((error) => {
      console.error("[server] unhandled:", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }));
  server.listen(port, hostname, () => console.log(`[forældrestøtte] listening on http://${hostname ?? "localhost"}:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
