import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { login } from "./support";

// The demo's Thomas Jensen rated both goals the day before the family's one follow-up and again last
// week (src/server/demo/demo-families.ts): the therapist meets his ratings on the home page, in the
// family's chart and table, and beside each goal when recording the next follow-up.
test("the therapist sees the parents' own ratings beside their own", async ({ page }) => {
  await login(page, "therapist");
  // The first family table on the home page is the upcoming follow-ups; the caseload below has no such column.
  const upcoming = page.getByTestId("family-table").first();
  const jensenRow = upcoming.getByRole("row").filter({ hasText: "Familien Jensen" }).first();
  await expect(jensenRow.getByTestId("parents-rated")).toHaveText("Forældrene har vurderet");

  await jensenRow.getByRole("link", { name: "Familien Jensen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Familien Jensen");
  const table = page.getByTestId("progress-table");
  const theirs = table.getByRole("row", { name: /Stoffri til samvær.*Forældrene \(Thomas Jensen\)/ });
  await expect(theirs).toHaveCount(1);
  await expect(theirs.getByRole("cell").filter({ hasText: /^6$/ })).toHaveCount(1);
  await expect(table.getByRole("row", { name: /Stoffri til samvær.*Familiebehandler/ })).toHaveCount(1);
  await expect(page.getByTestId("rater-key")).toContainText("Forældrene (Thomas Jensen)");
  await expect(page.getByTestId("parent-plan-comments")).toContainText("Thomas Jensen");
  await expectNoAxeViolations(page, "the family page with the parents' series");

  await page.getByRole("link", { name: "Registrér opfølgning" }).click();
  const first = page.getByTestId("rating-row").nth(0);
  const parents = first.getByTestId("parents-rating");
  await expect(parents).toContainText("Thomas Jensen vurderer 6/10");
  await expect(parents).toContainText("Jeg har været clean til alle samvær siden sidst.");
  const field = first.getByLabel("Vurdering 0–10 for Stoffri til samvær");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(await parents.getAttribute("id"));
  await expectNoAxeViolations(page, "the follow-up form with the parents' ratings");
});
