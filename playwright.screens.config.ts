import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screens`: regenerates docs/screens/ (each role's home, the family page, the follow-up form, the
// parent's portal) at 1280 and 375 px against a fresh demo database. Not part of `npm test`.
export default defineConfig({
  ...base,
  testDir: "tests/screens",
  workers: 1,
  projects: [{ name: "screens", use: { browserName: "chromium" } }],
});
