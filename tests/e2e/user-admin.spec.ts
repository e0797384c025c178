import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./support";

// Runs in its own project after every other browser test (playwright.config.ts): it moves the demo
// caseworker's families and deactivates a demo therapist for a while, and puts both back.

const OTHERS = {
  sofie: { email: "sofie.caseworker@demo.local", home: "/caseworker" },
  lars: { email: "lars.therapist@demo.local", home: "/therapist" },
} as const;

async function loginAs(page: Page, who: keyof typeof OTHERS) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(OTHERS[who].email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`${OTHERS[who].home}$`));
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("the administrator creates a therapist and sees the invitation link once", async ({ browser }) => {
  const admin = await newPage(browser);
  await login(admin, "admin");
  await admin.goto("/admin/users");
  await expect(admin).toHaveTitle(/Brugere/);
  const form = admin.getByTestId("create-user");

  // Bad input first: a clear message at the field, nothing created.
  await form.getByLabel("Navn").fill("Tina Terapeut");
  await form.getByLabel("E-mail").fill("caseworker@demo.local");
  await form.getByLabel("Rolle").selectOption({ label: "Familiebehandler" });
  await form.getByRole("button", { name: "Opret bruger" }).click();
  await expect(form.getByTestId("field-error")).toContainText("Der findes allerede en bruger med denne e-mail.");

  const email = `tina-${Date.now()}@demo.local`;
  await form.getByLabel("E-mail").fill(email);
  await form.getByRole("button", { name: "Opret bruger" }).click();
  const shown = form.getByTestId("invitation-url");
  await expect(shown).toHaveValue(/\/account\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  const link = new URL(await shown.inputValue());
  await expect(admin.getByTestId("managed-users").getByRole("row", { name: new RegExp(email) })).toContainText("Inviteret");

  // Once: after a reload the link is gone, and only a new invitation (which voids this one) shows another.
  await admin.reload();
  await expect(admin.getByTestId("invitation-url")).toHaveCount(0);
  await expect(admin.locator("body")).not.toContainText(link.searchParams.get("token")!);

  // The new therapist opens the link in a fresh browser, chooses a password and logs in.
  const fresh = await newPage(browser);
  await fresh.goto(`${link.pathname}${link.search}`);
  await expect(fresh).toHaveTitle(/Vælg din adgangskode/);
  const setForm = fresh.getByTestId("set-password-form");
  await setForm.getByLabel("Ny adgangskode").fill("password1234");
  await setForm.getByLabel("Gentag adgangskoden").fill("password1234");
  await setForm.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(fresh.getByTestId("error-summary")).toContainText("for let at gætte");
  const chosen = "grøn kaffekop på trappen";
  await setForm.getByLabel("Ny adgangskode").fill(chosen);
  await setForm.getByLabel("Gentag adgangskoden").fill(chosen);
  await setForm.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(fresh).toHaveURL(/\/login\?password=set$/);
  await expect(fresh.getByRole("status")).toContainText("Din adgangskode er gemt");
  await fresh.getByLabel("E-mail").fill(email);
  await fresh.getByLabel("Adgangskode").fill(chosen);
  await fresh.getByRole("button", { name: "Log ind" }).click();
  await expect(fresh).toHaveURL(/\/therapist$/);

  // The link works once.
  const again = await newPage(browser);
  await again.goto(`${link.pathname}${link.search}`);
  await expect(again.getByTestId("token-refused")).toContainText("allerede brugt");
});

test("the administrator hands the demo caseworker's families to a colleague, who then sees them", async ({ browser }) => {
  // The coordinator may read the families: their names are what the colleague must see afterwards.
  const coordinator = await newPage(browser);
  await login(coordinator, "coordinator");
  await coordinator.goto("/admin/users/handover");
  await coordinator.getByLabel("Medarbejder, der stopper").selectOption({ label: "Mette Rasmussen (Myndighedsrådgiver)" });
  await coordinator.getByRole("button", { name: "Vis familier" }).click();
  const familyBoxes = coordinator.getByTestId("handover").locator('input[name="familyIds"]');
  await expect(familyBoxes.first()).toBeVisible();
  const labels = await coordinator.getByTestId("handover").locator("label:has(input[name=familyIds])").allInnerTexts();
  const names = labels.map((l) => l.replace(/ \(Myndighedsrådgiver\)$/, "").trim());
  expect(names.length).toBeGreaterThan(0);

  // The administrator works from counts: no family name reaches their page.
  const admin = await newPage(browser);
  await login(admin, "admin");
  await admin.goto("/admin/users/handover");
  await admin.getByLabel("Medarbejder, der stopper").selectOption({ label: "Mette Rasmussen (Myndighedsrådgiver)" });
  await admin.getByRole("button", { name: "Vis familier" }).click();
  await expect(admin.getByTestId("handover-counts")).toContainText(`${names.length} åbne familier som rådgiver`);
  for (const name of names) await expect(admin.locator("body")).not.toContainText(name);
  await admin.getByRole("checkbox", { name: "Sofie Dahl (Myndighedsrådgiver)" }).check();
  await admin.getByRole("button", { name: "Overdrag" }).click();
  await expect(admin.getByTestId("handover-done")).toContainText(`${names.length} famil`);
  await expect(admin.getByTestId("handover-counts")).toContainText("Mette Rasmussen har ingen åbne familier.");

  const sofie = await newPage(browser);
  await loginAs(sofie, "sofie");
  await sofie.goto("/families");
  for (const name of names) await expect(sofie.getByRole("link", { name, exact: true })).toBeVisible();

  // Put them back, by name, so the demo stays as it was.
  await coordinator.goto("/admin/users/handover");
  await coordinator.getByLabel("Medarbejder, der stopper").selectOption({ label: "Sofie Dahl (Myndighedsrådgiver)" });
  await coordinator.getByRole("button", { name: "Vis familier" }).click();
  for (const name of names) await coordinator.getByRole("checkbox", { name: `${name} (Myndighedsrådgiver)` }).check();
  await coordinator.getByRole("checkbox", { name: "Mette Rasmussen (Myndighedsrådgiver)" }).check();
  await coordinator.getByRole("button", { name: "Overdrag" }).click();
  await expect(coordinator.getByTestId("handover-done")).toContainText(`${names.length} famil`);
});

test("deactivating a user ends their open session at once; reactivating lets them back in", async ({ browser }) => {
  const lars = await newPage(browser);
  await loginAs(lars, "lars");

  const admin = await newPage(browser);
  await login(admin, "admin");
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "Ret Lars Bech" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Lars Bech");
  await admin.getByRole("button", { name: "Deaktivér brugeren" }).click();
  await expect(admin.getByText("Brugeren er deaktiveret, og alle logins er afsluttet.")).toBeVisible();

  await lars.goto("/therapist");
  await expect(lars).toHaveURL(/\/login/);
  await lars.getByLabel("E-mail").fill(OTHERS.lars.email);
  await lars.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await lars.getByRole("button", { name: "Log ind" }).click();
  await expect(lars).toHaveURL(/\/login/);

  await admin.getByRole("button", { name: "Genaktivér brugeren" }).click();
  await expect(admin.getByText("Brugeren er aktiv igen.")).toBeVisible();
  await loginAs(lars, "lars");
});
