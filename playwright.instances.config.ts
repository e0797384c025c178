import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two app instances on one PostgreSQL database (scripts/e2e-instances.mjs): the app keeps no state
// of its own, so a login, its end, the login throttling and the reminder e-mails hold across them.
// PostgreSQL only (`npm run test:instances` with DATABASE_URL=postgresql://…); CI runs it.
const portA = Number(process.env.E2E_PORT ?? "3200");
// One schema for the servers and the test workers (which load this file again and inherit the env).
process.env.INSTANCES_SCHEMA ??= `inst_${randomBytes(5).toString("hex")}`;
process.env.INSTANCE_A = `http://127.0.0.1:${portA}`;
process.env.INSTANCE_B = `http://127.0.0.1:${portA + 1}`;

export default defineConfig({
  ...base,
  testDir: "tests/instances",
  workers: 1,
  use: { ...base.use, baseURL: process.env.INSTANCE_A },
  projects: [{ name: "instances", use: { browserName: "chromium" } }],
  webServer: { ...(base.webServer as object), command: "node scripts/e2e-instances.mjs", url: `${process.env.INSTANCE_B}/api/health`, env: { E2E_PORT: String(portA) } },
});
