import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// The first day of a municipality on PostgreSQL, as README.md tells it: `.ci/run` creates an empty
// database, migrates it, runs `npm run admin:create` and passes the printed link in FIRST_START_LINK
// (and the database in FIRST_START_DATABASE_URL); this starts the production server on it with
// `npm start` (no demo data) and tests/first-start proves the link gives a working admin login.
// Not part of `npm test` (playwright.config.ts only looks in tests/e2e).
const port = process.env.FIRST_START_PORT ?? "3110";
const database = process.env.FIRST_START_DATABASE_URL ?? "";
if (!database.startsWith("postgres")) throw new Error("FIRST_START_DATABASE_URL must name the (empty, migrated) PostgreSQL database admin:create wrote to");
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/first-start",
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "npm start",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      DATABASE_URL: database,
      PORT: port,
      BIND_ADDRESS: "127.0.0.1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.FIRST_START_SECRET ?? "first-start-ci-secret-not-for-production-0123456789",
    },
  },
});
