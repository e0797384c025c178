import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
// Debian's Chromium on our machines; Playwright's own browser where one is installed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// CI's PostgreSQL pass (.ci/run) sets E2E_LAYOUT=skip: these specs check titles, words, reflow and axe, which
// render the same on either database; the embedded pass runs them, and they are a third of the browser time.
const LAYOUT_ONLY = /(page-titles|axe-wide|reflow)\.spec\.ts/;
const skipLayout = process.env.E2E_LAYOUT === "skip";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Long journeys across several logins; generous so a loaded CI machine does not fail them.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: [/(sessions|user-admin|sso|settings|probe)\.spec\.ts/, ...(skipLayout ? [LAYOUT_ONLY] : [])] },
    // Ends demo users' other sessions: only after every test that logs them in has finished.
    { name: "sessions", use: { browserName: "chromium" }, testMatch: /sessions\.spec\.ts/, dependencies: ["chromium"] },
    // Moves the demo caseworker's families and deactivates a demo user for a while: after everything else.
    { name: "user-admin", use: { browserName: "chromium" }, testMatch: /user-admin\.spec\.ts/, dependencies: ["sessions"] },
    // Changes the demo municipality's settings (and puts them back): after everything else.
    { name: "settings", use: { browserName: "chromium" }, testMatch: /settings\.spec\.ts/, dependencies: ["user-admin"] },
    // Posts every server action as every role, "end my other sessions" among them: last of all.
    { name: "probe", use: { browserName: "chromium" }, testMatch: /probe\.spec\.ts/, dependencies: ["settings"] },
    // tests/e2e/sso.spec.ts needs an OpenID provider: playwright.sso.config.ts runs it.
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
