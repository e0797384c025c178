import { expect, test, type Browser } from "@playwright/test";
import { login } from "./support";
import { expectNoAxeViolations } from "./axe";

const PHONE = { width: 375, height: 740 };

async function newPage(browser: Browser, viewport?: { width: number; height: number }) {
  return (await browser.newContext(viewport ? { viewport } : {})).newPage();
}

// Issue 13's journey: the caseworker invites a parent of a new family; on a phone the parent sets up the
// login, reads the plan and agrees; the caseworker sees it agreed in the portal with the time; the parent
// rates both goals and sees their own series beside the therapist's.
test("a parent of a new family is invited, agrees to the plan in the portal and rates both goals on a phone", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const name = `Familien Portalsen ${stamp}`;
  const parentName = `Anna Portalsen ${stamp}`;
  const email = `anna.${stamp}@example.dk`;
  const cw = await newPage(browser);
  await login(cw, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(name);
  await cw.getByLabel("Familiebehandler").selectOption({ label: "Jonas Kjær" });
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(parentName);
  await cw.getByTestId("child-fields").getByLabel("Navn").fill(`Bo Portalsen ${stamp}`);
  await cw.getByTestId("child-fields").getByLabel("Fødselsdato").fill("2018-05-01");
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(name);
  const familyUrl = cw.url();

  await cw.getByRole("link", { name: "Forældrehandleplan" }).click();
  await cw.getByLabel("Forældrenes egne ord om deres ønsker").fill("Jeg vil have rolige samvær med Bo.");
  await cw.getByTestId("goal-row").nth(0).getByLabel("Kort titel").fill("Rolige samvær");
  await cw.getByRole("button", { name: "Tilføj mål" }).click();
  await cw.getByTestId("goal-row").nth(1).getByLabel("Kort titel").fill("Holde aftaler");
  await cw.getByRole("button", { name: "Gem udkast" }).click();
  await expect(cw.getByRole("status")).toHaveText("Udkastet er gemt.");

  await cw.goto(familyUrl);
  const access = cw.getByTestId("parent-access");
  await expect(access.getByTestId("parent-access-state")).toHaveText("Ingen adgang");
  const invite = access.getByTestId("invite-parent");
  await invite.getByLabel(`E-mail til ${parentName}`).fill(email);
  await invite.getByRole("button", { name: `Invitér ${parentName}` }).click();
  const link = new URL(await invite.getByTestId("invitation-url").inputValue());
  await access.getByTestId("offer-plan").getByRole("button", { name: "Send udkastet til forældrene" }).click();
  await expect(access.getByTestId("parent-access-saved")).toHaveText("Udkastet er sendt til forældrene.");
  await expect(access.getByTestId("parent-access-saved")).toBeFocused();

  // The parent, on a phone: the link, a password, the login, the portal.
  const parent = await newPage(browser, PHONE);
  await parent.goto(`${link.pathname}${link.search}`);
  const password = "blå cykel ved søen hver tirsdag";
  const setForm = parent.getByTestId("set-password-form");
  await setForm.getByLabel("Ny adgangskode").fill(password);
  await setForm.getByLabel("Gentag adgangskoden").fill(password);
  await setForm.getByRole("button", { name: "Gem adgangskoden" }).click();
  await expect(parent).toHaveURL(/\/login\?password=set$/);
  await parent.getByLabel("E-mail").fill(email);
  await parent.getByLabel("Adgangskode").fill(password);
  await parent.getByRole("button", { name: "Log ind" }).click();
  await expect(parent).toHaveURL(/\/portal$/);
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText(`Goddag, ${parentName}`);
  await expect(parent.getByTestId("plan-awaiting")).toBeVisible();
  await expectNoAxeViolations(parent, "the parent's overview on a phone");
  await parent.getByRole("link", { name: "Læs planen og svar" }).click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Min plan");
  const offered = parent.getByTestId("offered-plan");
  await expect(offered).toContainText("Rolige samvær");
  await expect(offered).toContainText("Jeg vil have rolige samvær med Bo.");
  // Saying no without a reason is refused, with the field named.
  await offered.getByLabel("Nej, jeg er ikke enig").check();
  await offered.getByRole("button", { name: "Send mit svar" }).click();
  await expect(offered.getByTestId("error-summary")).toContainText("Skriv hvorfor du ikke er enig");
  await offered.getByLabel("Ja, jeg er enig").check();
  await offered.getByRole("button", { name: "Send mit svar" }).click();
  await expect(parent.getByRole("status")).toHaveText("Tak. Du har sagt ja, og planen er nu jeres aftalte plan.");
  await expect(parent.getByTestId("agreed-on")).toContainText("Du godkendte den her.");
  await expectNoAxeViolations(parent, "the parent's plan on a phone");
  expect(await parent.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // The caseworker sees the agreement made in the portal, by whom and when.
  await cw.reload();
  await expect(cw.getByTestId("plan-agreed-line")).toContainText("godkendt af forælderen i portalen");
  await expect(access.getByTestId("plan-responses")).toContainText(new RegExp(`${parentName} godkendte udgave 1 i portalen .* kl\\. \\d{2}\\.\\d{2}`));
  await expect(access.getByTestId("parent-access-state")).toHaveText("Har adgang");
  await expect(access.getByTestId("plan-viewed")).toContainText("Læste sidst planen");

  // The parent rates both goals before the first follow-up.
  await parent.goto("/portal/rate");
  const rate = parent.getByTestId("rate-form");
  await rate.getByLabel("Hvor langt er du med: Rolige samvær").selectOption("4");
  await rate.getByLabel("Med dine egne ord (frivilligt)").first().fill("Det sidste samvær gik roligt.");
  await rate.getByLabel("Hvor langt er du med: Holde aftaler").selectOption("7");
  await rate.getByRole("button", { name: "Gem min vurdering" }).click();
  await expect(parent).toHaveURL(/\/portal\?rated=1$/);
  await expect(parent.getByRole("status")).toContainText("Din vurdering er gemt");
  const tables = parent.getByTestId("progress-table");
  await expect(tables.nth(0)).toContainText("4");
  await expect(tables.nth(0)).toContainText("»Det sidste samvær gik roligt.«");
  await expect(tables.nth(1)).toContainText("7");
  await expectNoAxeViolations(parent, "the parent's overview with ratings on a phone");

  // The therapist meets the parent's ratings beside each goal in the follow-up form, and the family page
  // charts the parent's own series beside the therapist's.
  await cw.reload();
  const start = cw.getByTestId("start-change-form");
  await start.getByLabel("Planlagt længde (uger)").fill("12");
  await start.getByRole("button", { name: "Start forandringsfasen" }).click();
  await expect(cw.getByTestId("current-phase")).toHaveText("Forandring");
  const th = await newPage(browser);
  await login(th, "therapist");
  await th.goto(familyUrl);
  await th.getByRole("link", { name: "Registrér opfølgning" }).click();
  const rows = th.getByTestId("rating-row");
  await expect(rows.nth(0).getByTestId("parents-rating")).toContainText(`${parentName} vurderer 4/10`);
  await expect(rows.nth(0).getByTestId("parents-rating")).toContainText("Det sidste samvær gik roligt.");
  await expect(rows.nth(1).getByTestId("parents-rating")).toContainText(`${parentName} vurderer 7/10`);
  await rows.nth(0).getByLabel("Vurdering 0–10 for Rolige samvær").fill("5");
  await rows.nth(1).getByLabel("Vurdering 0–10 for Holde aftaler").fill("6");
  await th.getByRole("button", { name: "Gem opfølgningen" }).click();
  await expect(th.getByTestId("follow-up-saved")).toBeVisible();
  const progress = th.getByTestId("progress-table");
  await expect(progress.getByRole("row", { name: new RegExp(`Rolige samvær.*Forældrene \\(${parentName}\\)`) })).toHaveCount(1);
  await expect(progress.getByRole("row", { name: /Rolige samvær.*Familiebehandler/ })).toHaveCount(1);

  // Suspended: out at once, in the tab already open; reopened: in again.
  await cw.goto(familyUrl);
  const row = access.getByTestId("parent-access-row");
  await row.getByRole("button", { name: `Spær adgangen for ${parentName}` }).click();
  await expect(access.getByTestId("parent-access-saved")).toContainText("spærret");
  await parent.goto("/portal/plan");
  await expect(parent).toHaveURL(/\/login/);
  await cw.reload();
  await access.getByTestId("parent-access-row").getByRole("button", { name: `Genåbn adgangen for ${parentName}` }).click();
  await expect(access.getByTestId("parent-access-state")).toHaveText("Har adgang");
  await parent.goto("/login");
  await parent.getByLabel("E-mail").fill(email);
  await parent.getByLabel("Adgangskode").fill(password);
  await parent.getByRole("button", { name: "Log ind" }).click();
  await expect(parent).toHaveURL(/\/portal$/);
});

test("the demo parent never sees the other parent's details, nor the site's address while it is not shared", async ({ browser }) => {
  const parent = await newPage(browser, PHONE);
  await login(parent, "parent");
  await expect(parent.getByRole("heading", { level: 1 })).toContainText("Thomas Jensen");
  for (const path of ["/portal", "/portal/plan", "/portal/rate", "/portal/file-access"]) {
    await parent.goto(path);
    await expect(parent.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(parent.locator("body"), path).not.toContainText("Louise");
    await expect(parent.locator("body"), path).not.toContainText("Lindevej");
    await expect(parent.locator("body"), path).not.toContainText("Skovvej");
    await expect(parent.locator("body"), path).not.toContainText("Plejefamilien Lund, Skovvej");
  }
  await parent.goto("/portal");
  await expect(parent.getByTestId("portal-child").first()).toContainText("Bor hos Plejefamilien Lund");
  await expect(parent.getByTestId("portal-contacts")).toContainText("Mette Rasmussen");
});
