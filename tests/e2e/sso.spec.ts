import { expect, test, type Page } from "@playwright/test";

// Runs with playwright.sso.config.ts: the app is configured for a real OpenID provider
// (scripts/e2e-sso-server.mjs) whose groups map "FS-Sagsbehandlere" to caseworker and
// "FS-Familiebehandlere" to therapist; OIDC_CREATE_USERS is not set.

async function signInWithSso(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Log ind med Demo Kommune SSO" }).click();
  // The provider's own (development) login page: any password.
  await expect(page.getByRole("heading", { name: "Sign-in" })).toBeVisible();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("irrelevant");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("single sign-on", () => {
  test("the demo caseworker signs in with the municipality's IdP and lands on the caseworker home", async ({ page }) => {
    await signInWithSso(page, "caseworker@demo.local");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Goddag, Mette Rasmussen");
    await expect(page).toHaveURL(/\/caseworker$/);
    await expect(page.getByTestId("current-role")).toHaveText("Myndighedsrådgiver");
  });

  test("a person whose groups give no role is refused, with the reason in Danish", async ({ page }) => {
    await signInWithSso(page, "therapist@demo.local");
    await expect(page.locator("#login-error")).toHaveText("Dine grupper hos identitetsudbyderen giver ikke adgang til Forældrestøtte. Kontakt din administrator.");
    await expect(page).toHaveURL(/\/login\?error=SsoNoRole$/);
    await page.goto("/therapist");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an e-mail that is no user is refused when users are not created at sign-in", async ({ page }) => {
    await signInWithSso(page, "ukendt.person@kommune.dk");
    await expect(page.locator("#login-error")).toHaveText("Din bruger findes ikke i Forældrestøtte. Kontakt din administrator.");
    await expect(page).toHaveURL(/\/login\?error=SsoUnknownUser$/);
    await page.goto("/caseworker");
    await expect(page).toHaveURL(/\/login/);
  });
});

async function signInAsParent(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in" })).toBeVisible();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("irrelevant");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("the parents' own provider (MitID through a broker)", () => {
  test("the demo parent signs in through the parents' provider and lands in the portal", async ({ page }) => {
    await signInAsParent(page, "parent@demo.local");
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByTestId("current-role")).toHaveText("Forælder");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Thomas Jensen");
  });

  test("staff are refused at the parents' door, and a parent at the staff's", async ({ page, browser }) => {
    await signInAsParent(page, "caseworker@demo.local");
    await expect(page.locator("#login-error")).toHaveText("Medarbejdere logger ind med kommunens single sign-on eller e-mail og adgangskode, ikke som forælder.");
    await page.goto("/caseworker");
    await expect(page).toHaveURL(/\/login/);
    // A browser of its own: the provider remembers who signed in on the first one.
    page = await (await browser.newContext()).newPage();
    await signInWithSso(page, "parent@demo.local");
    await expect(page.locator("#login-error")).toHaveText("Forældre logger ind med deres egen adgang (MitID eller adgangskode), ikke med kommunens single sign-on.");
    await page.goto("/portal");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a person the caseworker has not invited is refused", async ({ page }) => {
    await signInAsParent(page, "ukendt.forælder@example.dk");
    await expect(page.locator("#login-error")).toHaveText("Vi kan ikke finde en adgang til dig. Kontakt din sagsbehandler, som kan invitere dig.");
  });
});
