import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support";

// Runs after every other browser test (its own project in playwright.config.ts): ending "all other
// sessions" of a demo user would otherwise log out a parallel test using the same login.

async function loginIn(page: import("@playwright/test").Page, who: keyof typeof DEMO) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(DEMO[who].email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
}

test("logging out ends the session for a copied cookie too, and the address shown is the real one, not a forged header", async ({ browser }) => {
  const original = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
  const page = await original.newPage();
  await loginIn(page, "caseworker");
  await page.goto("/profile");
  const mine = page.getByRole("row", { name: /Denne session/ });
  await expect(mine).toContainText("127.0.0.1");
  await expect(page.locator("main")).not.toContainText("6.6.6.6");

  // Someone copies the cookie to another browser: it works until the owner logs out.
  const copy = await browser.newContext({ storageState: await original.storageState() });
  const thief = await copy.newPage();
  await thief.goto("/caseworker");
  await expect(thief.getByRole("heading", { level: 1 })).toContainText("Goddag");

  // The audit log, too, records where the caseworker's reads came from: the socket, not the header.
  const coordinator = await browser.newContext();
  const audit = await coordinator.newPage();
  await loginIn(audit, "coordinator");
  await audit.goto("/audit?action=LOGIN");
  await expect(audit.getByTestId("audit-table")).toContainText("caseworker@demo.local");
  await expect(audit.getByTestId("audit-table")).toContainText("127.0.0.1");
  await expect(audit.getByTestId("audit-table")).not.toContainText("6.6.6.6");
  await coordinator.close();

  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await thief.goto("/caseworker");
  await expect(thief).toHaveURL(/\/login/);
  await Promise.all([original.close(), copy.close()]);
});

test("a user ends their other sessions from the profile page; this one goes on", async ({ browser }) => {
  const [here, there] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([here.newPage(), there.newPage()]);
  await loginIn(a, "consultant");
  await loginIn(b, "consultant");
  await a.goto("/profile");
  await expect(a.getByRole("heading", { level: 1 })).toBeVisible();
  await a.getByRole("button", { name: "Log ud på alle andre enheder" }).click();
  await expect(a.getByText("Du er logget ud på alle andre enheder.")).toBeVisible();

  await b.goto("/consultant");
  await expect(b).toHaveURL(/\/login/);
  await a.goto("/consultant");
  await expect(a.getByRole("heading", { level: 1 })).toContainText("Goddag");
  await Promise.all([here.close(), there.close()]);
});
