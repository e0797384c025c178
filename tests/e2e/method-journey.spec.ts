import { expect, test, type Browser } from "@playwright/test";
import { login, tabTo } from "./support";
import { expectNoAxeViolations } from "./axe";

// The journey: a new family from enrolment to its first rated follow-up, through the UI only.
test("caseworker enrols, plans and starts a change phase; the therapist records the first follow-up", async ({ browser }) => {
  const name = `Familien Testesen ${Date.now().toString(36)}`;
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(name);
  await cw.getByLabel("Familiebehandler").selectOption({ label: "Jonas Kjær" });
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill("Anna Testesen");
  await cw.getByTestId("parent-fields").getByLabel("Ressourcer").fill("Jeg er god til at lave aftaler.");
  await cw.getByTestId("child-fields").getByLabel("Navn").fill("Bo Testesen");
  await cw.getByTestId("child-fields").getByLabel("Fødselsdato").fill("2018-05-01");
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(cw.getByTestId("current-phase")).toHaveText("Opstart");

  // The change phase cannot start before the plan is agreed; the page says why.
  await expect(cw.getByTestId("phase-actions")).toContainText("forældrehandleplanen er aftalt");

  await cw.getByRole("link", { name: "Forældrehandleplan" }).click();
  await cw.getByLabel("Forældrenes egne ord om deres ønsker").fill("Vi vil have rolige samvær med Bo.");
  await cw.getByTestId("goal-row").nth(0).getByLabel("Kort titel").fill("Rolige samvær");
  await cw.getByRole("button", { name: "Tilføj mål" }).click();
  await cw.getByTestId("goal-row").nth(1).getByLabel("Kort titel").fill("Holde aftaler");
  await cw.getByRole("button", { name: "Gem udkast" }).click();
  await expect(cw.getByRole("status")).toHaveText("Udkastet er gemt.");
  await cw.getByRole("button", { name: "Registrér aftale med forældrene" }).click();
  await expect(cw.getByTestId("agreed-plan")).toContainText("Rolige samvær");
  // The save is said where the user is: the notice on the family page has the focus.
  await expect(cw.getByTestId("plan-agreed")).toBeFocused();

  const start = cw.getByTestId("start-change-form");
  await start.getByLabel("Planlagt længde (uger)").fill("6");
  await start.getByRole("button", { name: "Start forandringsfasen" }).click();
  await expect(start.getByTestId("rule-reason")).toHaveText("Forandringsfasen skal vare mellem 8 og 16 uger.");
  // The error summary has the focus and links to the field it names (GOV.UK pattern).
  const summary = start.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Planlagt længde \(uger\): Forandringsfasen skal vare/ }).click();
  await expect(start.getByLabel("Planlagt længde (uger)")).toBeFocused();
  await expect(start.getByLabel("Planlagt længde (uger)")).toHaveValue("6");
  await expect(cw.getByTestId("current-phase")).toHaveText("Opstart");
  await start.getByLabel("Planlagt længde (uger)").fill("12");
  await start.getByRole("button", { name: "Start forandringsfasen" }).click();
  await expect(cw.getByTestId("current-phase")).toHaveText("Forandring");
  await expect(cw.getByTestId("phase-summary")).toContainText("12 uger planlagt");

  // The therapist at the family's kitchen table: a phone 320 px wide, the keyboard only, a refused save
  // first. Every step is a key press; the assertions check where the focus went and what was said.
  const th = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await th.goto("/login");
  await tabTo(th.getByLabel("E-mail"));
  await th.keyboard.type("therapist@demo.local");
  await tabTo(th.getByLabel("Adgangskode"));
  await th.keyboard.type("demo1234");
  await th.keyboard.press("Enter");
  await expect(th).toHaveURL(/\/therapist$/);
  await tabTo(th.getByTestId("family-table").first().getByRole("link", { name }));
  await th.keyboard.press("Enter");
  await expect(th.getByRole("heading", { level: 1 })).toHaveText(name);
  await tabTo(th.getByRole("link", { name: "Registrér opfølgning" }));
  await th.keyboard.press("Enter");
  const rows = th.getByTestId("rating-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByTestId("previous-rating")).toHaveText("Ingen tidligere vurdering");
  const first = rows.nth(0).getByLabel("Vurdering 0–10 for Rolige samvær");
  const second = rows.nth(1).getByLabel("Vurdering 0–10 for Holde aftaler");
  await expect(first).toHaveAttribute("aria-describedby", /previous-/);
  await tabTo(first);
  await th.keyboard.type("4");
  await tabTo(th.getByRole("button", { name: "Gem opfølgningen" }));
  await th.keyboard.press("Enter");
  const refused = th.getByTestId("error-summary");
  await expect(refused).toBeFocused();
  await expectNoAxeViolations(th, "the refused follow-up form at 320 px");
  await tabTo(refused.getByRole("link"));
  await th.keyboard.press("Enter");
  await expect(second).toBeFocused();
  await th.keyboard.type("6");
  await tabTo(th.getByRole("button", { name: "Gem opfølgningen" }));
  await th.keyboard.press("Enter");
  await expect(th.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(th.getByTestId("follow-up-saved")).toBeFocused();
  await expect(th.getByTestId("follow-up-saved")).toHaveText("Opfølgningen er gemt.");
  expect(await th.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const table = th.getByTestId("progress-table");
  await expect(table.getByRole("row", { name: /Rolige samvær/ })).toContainText("4");
  await expect(table.getByRole("row", { name: /Holde aftaler/ })).toContainText("6");
  await expect(th.getByTestId("progress-chart")).toBeVisible();
});

async function openPlanEditor(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await login(page, "caseworker");
  await page.goto("/families");
  await page.getByRole("link", { name: "Familien Hansen" }).click();
  await page.getByRole("link", { name: "Forældrehandleplan" }).click();
  // The editor must hold the version it was loaded with before the other person saves: under load a
  // navigation still under way could otherwise read the other's save and no conflict would arise.
  await expect(page.getByLabel("Forældrenes egne ord om deres ønsker")).toBeVisible();
  return page;
}

test("two people editing the same plan: the second save is refused and nothing is lost", async ({ browser }) => {
  const first = await openPlanEditor(browser);
  const second = await openPlanEditor(browser);
  const account = "Forældrenes egne ord om deres ønsker";
  await first.getByLabel(account).fill("Første version af forældrenes ord.");
  await first.getByRole("button", { name: "Gem udkast" }).click();
  await expect(first.getByRole("status")).toHaveText("Udkastet er gemt.");

  await second.getByLabel(account).fill("Anden version, skrevet samtidig.");
  await second.getByRole("button", { name: "Gem udkast" }).click();
  await expect(second.getByTestId("plan-editor").getByRole("alert")).toContainText("ændret af en anden");
  await expect(second.getByLabel(account)).toHaveValue("Anden version, skrevet samtidig.");

  await second.reload();
  await expect(second.getByLabel(account)).toHaveValue("Første version af forældrenes ord.");
});
