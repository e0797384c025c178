// The `limit` scenario: the family page from a bare node:http + pg server (limit-server.mjs), with
// sessions made directly in the database for the same caseworkers the app's family-page scenario uses.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type pg from "pg";
import { HttpClient, htmlEscape } from "./http";
import type { Sample, Scenario } from "./scenarios";
import { freePort } from "./server";

export interface LimitServer {
  pid: number;
  scenario: Scenario;
  stop(): Promise<void>;
}

export async function startLimit(db: pg.Client, databaseUrl: string, users: { id: string; familyId: string; displayName: string }[], concurrency: number): Promise<LimitServer> {
  // The bench's connection is read-only by default; these two writes say so explicitly.
  const sessions = users.map(() => `bench-limit-${randomBytes(12).toString("hex")}`);
  await db.query("BEGIN READ WRITE");
  for (const [i, u] of users.entries()) {
    await db.query(`INSERT INTO "UserSession" (id, "userId", "lastSeenAt", "expiresAt") VALUES ($1, $2, now(), now() + interval '8 hours')`, [sessions[i], u.id]);
  }
  await db.query("COMMIT");
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "limit-server.mjs")], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => { if (c.toString().includes("listening")) resolve(); });
    child.on("exit", (code) => reject(new Error(`the limit server exited (${code})`)));
  });
  const client = new HttpClient(new URL(`http://127.0.0.1:${port}`), concurrency * 2 + 2);
  const scenario: Scenario = {
    name: "limit", title: "limit: family page, bare node:http + pg", kind: "page",
    workers: (n) => Array.from({ length: n }, (_, i) => async (): Promise<Sample> => {
      const u = users[i % users.length]!;
      const res = await client.request(`/families/${u.familyId}`, { headers: { cookie: `sid=${sessions[i % users.length]}` } });
      const ok = res.status === 200 && res.text().includes(htmlEscape(u.displayName));
      return { ms: res.ms, ok, bytes: res.body.length, ...(ok ? {} : { error: `limit /families/${u.familyId}: HTTP ${res.status}` }) };
    }),
  };
  return {
    pid: child.pid!,
    scenario,
    async stop() {
      client.close();
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await db.query("BEGIN READ WRITE");
      await db.query(`DELETE FROM "UserSession" WHERE id = ANY($1)`, [sessions]);
      await db.query("COMMIT");
    },
  };
}
