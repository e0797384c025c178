import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./support";

// Forgot password and changing one's own password. The browser tests' server has no SMTP, so the
// reset e-mail itself is tested in tests/server/credentials.test.ts; here the person's side: the
// same answer for any address, and a password change that ends the other logins. The password is
// changed on a user this spec creates itself, so no other spec's login is touched.

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

async function loginWith(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

test("forgot password: reached from the login page, the same answer for an unknown and a known address", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Glemt adgangskode?" }).click();
  await expect(page).toHaveURL(/\/account\/forgot-password$/);
  await expect(page).toHaveTitle(/Glemt adgangskode/);
  const form = page.getByTestId("forgot-password-form");

  await form.getByLabel("E-mail").fill("ikke en adresse");
  await form.getByRole("button", { name: "Send link" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("Skriv en gyldig e-mailadresse.");

  await form.getByLabel("E-mail").fill(`ingen-${Date.now()}@nowhere.example`);
  await form.getByRole("button", { name: "Send link" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText("Hvis adressen hører til en bruger");
  const unknownAnswer = await status.innerText();
  // Never a link on screen.
  await expect(page.locator("body")).not.toContainText("token=");

  await page.reload();
  await form.getByLabel("E-mail").fill("coordinator@demo.local");
  await form.getByRole("button", { name: "Send link" }).click();
  await expect(form.getByRole("status")).toHaveText(unknownAnswer);
  await expect(page.locator("body")).not.toContainText("token=");
});

test("a user changes their own password on the profile: a wrong current password is refused at the field, success ends the other login", async ({ browser }) => {
  // An administrator creates the user; the link is shown once (no SMTP here).
  const admin = await newPage(browser);
  await login(admin, "admin");
  await admin.goto("/admin/users");
  const create = admin.getByTestId("create-user");
  const email = `skift-${Date.now()}@demo.local`;
  await create.getByLabel("Navn").fill("Kim Skifter");
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Rolle").selectOption({ label: "Familiebehandler" });
  await create.getByRole("button", { name: "Opret bruger" }).click();
  const link = new URL(await (async () => {
    await expect(create.getByTestId("invitation-url")).toHaveValue(/token=/);
    return create.getByTestId("invitation-url").inputValue();
  })());

  const first = "rød postkasse bag kirken";
  const user = await newPage(browser);
  await user.goto(`${link.pathname}${link.search}`);
  const setForm = user.getByTestId("set-password-form");
  await setForm.getByLabel("Ny adgangskode").fill(first);
  await setForm.getByLabel("Gentag adgangskoden").fill(first);
  await setForm.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(user).toHaveURL(/\/login\?password=set$/);
  await loginWith(user, email, first);
  await expect(user).toHaveURL(/\/therapist$/);

  // A second login elsewhere (another browser).
  const elsewhere = await newPage(browser);
  await loginWith(elsewhere, email, first);
  await expect(elsewhere).toHaveURL(/\/therapist$/);

  await user.goto("/profile");
  await expect(user.getByRole("heading", { name: "Skift adgangskode" })).toBeVisible();
  const change = user.getByTestId("change-password");
  const second = "otte grå måger over havnen";
  await change.getByLabel("Nuværende adgangskode").fill("forkert gæt på koden");
  await change.getByLabel("Ny adgangskode").fill(second);
  await change.getByLabel("Gentag adgangskoden").fill(second);
  await change.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(change.getByRole("alert")).toContainText("Ret de markerede felter.");
  await expect(change.getByTestId("field-error")).toHaveText("Den nuværende adgangskode er forkert.");
  await expect(change.getByLabel("Nuværende adgangskode")).toHaveAttribute("aria-invalid", "true");

  await change.getByLabel("Nuværende adgangskode").fill(first);
  await change.getByLabel("Ny adgangskode").fill(second);
  await change.getByLabel("Gentag adgangskoden").fill(second);
  await change.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(change.getByRole("status")).toHaveText("Din adgangskode er skiftet. Dine andre logins er afsluttet.");

  // The other login has ended; this one goes on.
  await elsewhere.goto("/therapist");
  await expect(elsewhere).toHaveURL(/\/login/);
  await user.goto("/therapist");
  await expect(user).toHaveURL(/\/therapist$/);

  // The old password no longer works, the new one does.
  const fresh = await newPage(browser);
  await loginWith(fresh, email, first);
  await expect(fresh.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
  await loginWith(fresh, email, second);
  await expect(fresh).toHaveURL(/\/therapist$/);
});
