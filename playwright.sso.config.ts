import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Single sign-on against a real OpenID provider: its own app server, started with OIDC_* pointing at
// a provider that scripts/e2e-sso-server.mjs runs (the main config's server has no SSO configured).
// Runs after the main suite (`npm run test:e2e`), on the same port.
export default defineConfig({
  ...base,
  workers: 1,
  projects: [{ name: "sso", use: { browserName: "chromium" }, testMatch: /sso\.spec\.ts/ }],
  webServer: { ...(base.webServer as object), command: "node scripts/e2e-sso-server.mjs" },
});
