import { expect, test } from "@playwright/test";
import { login } from "./support";
import { expectNoAxeViolations } from "./axe";

// A placement breaks down (issue 12, item 8): the caseworker records it from the family page, the
// placement ends, the child gets a new matching case, and the coordinator counts it. The family is
// enrolled here, so no demo family another spec counts on changes.

test("the caseworker records a breakdown and lands on the child's new matching case; the coordinator sees the matching figures", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const family = `Familien Brud ${tag}`;
  const child = `Sofie Brud ${tag}`;
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(family);
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(`Forælder ${family}`);
  const fields = cw.getByTestId("child-fields");
  await fields.getByLabel("Navn").fill(child);
  await fields.getByLabel("Fødselsdato").fill("2014-04-01");
  await fields.getByLabel("Anbringelsessted").selectOption({ label: "Opholdsstedet Solbakken" });
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(family);
  const familyUrl = cw.url();

  // From the placement's line in the family page's history.
  await cw.getByTestId("children").getByRole("link", { name: "Registrér sammenbrud for anbringelsen på Opholdsstedet Solbakken" }).click();
  await expect(cw).toHaveURL(/\/placements\/[^/]+\/breakdown$/);
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(`Sammenbrud: ${child}`);
  await expect(cw).toHaveTitle(new RegExp(`Sammenbrud: ${child}`));
  await expect(cw.getByTestId("breakdown-consequences")).toContainText("Der oprettes en ny matchsag for barnet");

  // Refused without causes, without words for "other", without what was learned: each on its field, nothing saved.
  const form = cw.getByTestId("breakdown-form");
  await form.getByLabel("Hvem afsluttede anbringelsen").selectOption({ label: "Anbringelsesstedet" });
  await form.getByRole("button", { name: "Registrér sammenbrud" }).click();
  const summary = cw.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vælg mindst én årsag.");
  await expect(summary).toContainText("Skriv, hvad der kan læres af sammenbruddet.");
  await expectNoAxeViolations(cw, "the refused breakdown form");
  await form.getByLabel("Andet", { exact: true }).check();
  await form.getByRole("button", { name: "Registrér sammenbrud" }).click();
  await expect(summary).toContainText("Beskriv den anden årsag.");
  await cw.goto(familyUrl);
  await expect(cw.getByTestId("children")).not.toContainText("Sammenbrud –");
  await cw.goBack();

  await form.getByLabel("Hvem afsluttede anbringelsen").selectOption({ label: "Anbringelsesstedet" });
  await form.getByLabel("Barnets adfærd", { exact: true }).check();
  await form.getByLabel("Samarbejdet med forældrene", { exact: true }).check();
  await form.getByLabel("Advarselstegn, der blev set før").fill("Sofie stak af to weekender i træk.");
  await form.getByLabel("Hvad kan læres til næste match").fill("Sofie skal bo tættere på sin mor og have faste aftaler om samvær.");
  await form.getByRole("button", { name: "Registrér sammenbrud" }).click();

  // On to the child's new case, opened by the breakdown.
  await expect(cw).toHaveURL(/\/matching\/[^/?]+\?breakdown=opened$/);
  await expect(cw.getByTestId("breakdown-notice")).toContainText("en ny matchsag er oprettet for barnet");
  await expect(cw.getByRole("heading", { level: 1 })).toContainText(child);

  // The family page's history: the placement ended as a breakdown, who ended it and why; no second record offered.
  await cw.goto(familyUrl);
  const children = cw.getByTestId("children");
  await expect(children.getByTestId("placement-breakdown")).toHaveText("Sammenbrud – afsluttet af Anbringelsesstedet: Barnets adfærd, Samarbejdet med forældrene");
  await expect(children).toContainText("(Sammenbrud)");
  await expect(children.getByRole("link", { name: /Registrér sammenbrud/ })).toHaveCount(0);

  // The coordinator counts it.
  const co = await (await browser.newContext()).newPage();
  await login(co, "coordinator");
  await co.goto("/coordinator/statistics");
  const section = co.getByTestId("matching-statistics");
  await expect(section.getByRole("heading", { name: "Match og sammenbrud" })).toBeVisible();
  await expect(section).toContainText("gamle nok");
  const year = new Date().getFullYear().toString();
  await expect(section.getByTestId("matching-startYear").getByRole("row", { name: new RegExp(`^${year}`) })).toBeVisible();
  await expect(section.getByTestId("matching-childWish")).toContainText("Uden § 52-afgørelse i systemet");
  await expectNoAxeViolations(co, "the statistics with the matching section");
});
