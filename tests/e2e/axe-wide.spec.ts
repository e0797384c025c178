import { expect, test } from "@playwright/test";
import { DEMO, login } from "./support";
import { expectNoAxeViolations } from "./axe";

// axe (WCAG 2.1 A/AA) on a wide screen, where the header and tables are laid out differently from the
// 320 px crawl in page-titles.spec.ts, and on forms after a refused save, when errors are on the page.

for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  test(`the ${who}'s home passes axe at 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, who);
    await expectNoAxeViolations(page, `${DEMO[who].home} at 1280 px`);
  });
}

test("the family page and refused forms pass axe at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, "caseworker");
  await page.goto("/families");
  await page.getByRole("link", { name: "Familien Hansen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Familien Hansen" })).toBeVisible();
  await expectNoAxeViolations(page, "the family page");

  await page.goto("/families/new");
  await page.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectNoAxeViolations(page, "the refused enrolment form");
});

test("the administrator's refused new user form passes axe", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user");
  await form.getByLabel("E-mail").fill("caseworker@demo.local");
  await form.getByRole("button", { name: "Opret bruger" }).click();
  await expect(form.getByTestId("error-summary")).toBeFocused();
  await expectNoAxeViolations(page, "the refused new user form");
});
