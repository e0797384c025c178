import { expect, test } from "@playwright/test";

// Run by .ci/run with playwright.first-start.config.ts: the server runs on an empty PostgreSQL
// database where `npm run admin:create` made the municipality's first administrator.
const link = process.env.FIRST_START_LINK ?? "";
const email = process.env.FIRST_START_EMAIL ?? "";

test("the link admin:create printed lets the first administrator choose a password and log in", async ({ page }) => {
  expect(link, "FIRST_START_LINK: the link admin:create printed").toMatch(/\/account\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  expect(email, "FIRST_START_EMAIL").toContain("@");

  // A municipality's own database: no demo accounts offered on the login page.
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Log ind" })).toBeVisible();
  await expect(page.getByTestId("demo-notice")).toHaveCount(0);

  const url = new URL(link);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page).toHaveTitle(/Vælg din adgangskode/);
  const form = page.getByTestId("set-password-form");
  const chosen = "syv blå elefanter danser tango";
  await form.getByLabel("Ny adgangskode").fill(chosen);
  await form.getByLabel("Gentag adgangskoden").fill(chosen);
  await form.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(page).toHaveURL(/\/login\?password=set$/);
  await expect(page.getByRole("status")).toContainText("Din adgangskode er gemt");

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(chosen);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByTestId("managed-users")).toContainText(email);

  // The link works once.
  await page.context().clearCookies();
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByTestId("token-refused")).toContainText("allerede brugt");
});
