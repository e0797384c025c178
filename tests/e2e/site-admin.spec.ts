import { expect, test, type Browser } from "@playwright/test";
import { login } from "./support";

// Adds a new site and a user of it to the demo data; changes nothing other specs rely on.

/** A valid CVR number (modulus 11) that no earlier run on this database used. */
function freshCvr(): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  for (let n = Date.now() % 6_000_000; ; n++) {
    const head = String(3_000_000 + n);
    const check = (11 - ([...head].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11)) % 11;
    if (check < 10) return head + String(check);
  }
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("the administrator registers a site and its user, who sets a password and sees only that site's children", async ({ browser }) => {
  const admin = await newPage(browser);
  await login(admin, "admin");
  await admin.getByRole("navigation").getByRole("link", { name: "Anbringelsessteder" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Anbringelsessteder" })).toBeVisible();
  await expect(admin).toHaveTitle(/Anbringelsessteder/);
  await admin.getByRole("link", { name: "Opret anbringelsessted" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Opret anbringelsessted" })).toBeVisible();

  const name = `Børnehjemmet Kastanjen ${Date.now()}`;
  const cvr = freshCvr();
  const form = admin.getByTestId("create-site");
  await form.getByRole("textbox", { name: "Navn", exact: true }).fill(name);
  await form.getByLabel("Type").selectOption({ label: "Børne- og ungehjem" });
  await form.getByLabel("CVR-nummer").fill("12345678");
  await form.getByLabel("Godkendte pladser").fill("8");
  await form.getByLabel("Adresse").fill("Kastanjevej 4, 4700 Næstved");
  await form.getByLabel("Tilsynskommune").fill("Næstved");
  await form.getByLabel("Kontaktpersonens navn").fill("Karen Leder");
  await form.getByRole("button", { name: "Opret anbringelsessted" }).click();
  await expect(form.getByTestId("field-error")).toContainText("CVR-nummeret er ikke gyldigt");

  await form.getByLabel("CVR-nummer").fill(cvr);
  await form.getByRole("button", { name: "Opret anbringelsessted" }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.getByRole("status")).toContainText("Anbringelsesstedet er oprettet.");
  const sitePath = new URL(admin.url()).pathname;

  // The same CVR again is refused, with a link to the entry that has it.
  await admin.goto("/admin/sites/new");
  const again = admin.getByTestId("create-site");
  await again.getByRole("textbox", { name: "Navn", exact: true }).fill("Kastanjen igen");
  await again.getByLabel("Type").selectOption({ label: "Børne- og ungehjem" });
  await again.getByLabel("CVR-nummer").fill(cvr);
  await again.getByLabel("Godkendte pladser").fill("2");
  await again.getByRole("button", { name: "Opret anbringelsessted" }).click();
  await expect(again.getByTestId("field-error")).toContainText(`CVR-nummeret er allerede registreret for ${name}`);
  await again.getByRole("link", { name: `Åbn det eksisterende anbringelsessted ${name}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(new URL(admin.url()).pathname).toBe(sitePath);

  // Found by its CVR in the register.
  await admin.goto("/admin/sites");
  await admin.getByLabel("Søg på navn eller CVR-nummer").fill(cvr);
  await admin.getByRole("button", { name: "Søg" }).click();
  await expect(admin.getByTestId("site-list").getByRole("link", { name })).toBeVisible();
  await admin.getByTestId("site-list").getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();

  // A user of the site, invited with a link shown once.
  const email = `kastanjen-${Date.now()}@demo.local`;
  const userForm = admin.getByTestId("create-site-user");
  await userForm.getByLabel("Navn").fill("Kasper Pædagog");
  await userForm.getByLabel("E-mail").fill(email);
  await userForm.getByRole("button", { name: "Opret bruger" }).click();
  const shown = userForm.getByTestId("invitation-url");
  await expect(shown).toHaveValue(/\/account\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  const link = new URL(await shown.inputValue());
  await expect(admin.getByTestId("site-users")).toContainText("Kasper Pædagog");
  await expect(admin.getByTestId("site-users")).toContainText("Inviteret");

  const fresh = await newPage(browser);
  await fresh.goto(`${link.pathname}${link.search}`);
  await expect(fresh).toHaveTitle(/Vælg din adgangskode/);
  const setForm = fresh.getByTestId("set-password-form");
  const chosen = "grøn kaffekop på trappen";
  await setForm.getByLabel("Ny adgangskode").fill(chosen);
  await setForm.getByLabel("Gentag adgangskoden").fill(chosen);
  await setForm.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(fresh).toHaveURL(/\/login\?password=set$/);
  await fresh.getByLabel("E-mail").fill(email);
  await fresh.getByLabel("Adgangskode").fill(chosen);
  await fresh.getByRole("button", { name: "Log ind" }).click();
  await expect(fresh).toHaveURL(/\/site$/);
  await expect(fresh.getByRole("heading", { level: 1 })).toContainText("Kasper Pædagog");
  // No child is placed at the new site; the demo sites' children are not shown.
  await expect(fresh.getByText("Der er ingen børn anbragt hos jer lige nu.")).toBeVisible();
  for (const child of ["Emil Hansen", "Noah Petersen", "Ida Jensen"]) await expect(fresh.locator("body")).not.toContainText(child);
  await expect(fresh.getByTestId("site-children")).toHaveCount(0);
});

test("a malformed site id is a page that does not exist", async ({ browser }) => {
  const admin = await newPage(browser);
  await login(admin, "admin");
  const response = await admin.goto(`/admin/sites/${encodeURIComponent("x' OR 1=1--")}`);
  expect(response?.status()).toBe(404);
  await expect(admin.getByRole("heading", { level: 1, name: "Ikke fundet" })).toBeVisible();
});
