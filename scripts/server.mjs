#!/usr/bin/env node
// The production HTTP server: Next.js behind a small gate (scripts/lib/request-gate.mjs) that
// knows the client's real address and refuses malformed requests before they reach the app.
// `npm start` and the browser tests both serve through it; `next start` would trust a client's
// X-Forwarded-For.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import next from "next";
import { parseTrustedProxies } from "./lib/client-address.mjs";
import { createGate } from "./lib/request-gate.mjs";

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
const gate = createGate({ root, trusted, token, allowedOrigins });

const server = createServer((req, res) => {
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
});
server.listen(port, hostname, () => console.log(`[forældrestøtte] listening on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
