import { expect, test } from "@playwright/test";
import { DEMO, login } from "./support";

test.describe("login", () => {
  for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    test(`${who} lands on their own home page with only their menu`, async ({ page }) => {
      await login(page, who);
      await expect(page.getByTestId("current-role")).toHaveText(DEMO[who].roleDa);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Goddag");
      // Every other role's home answers "not found" rather than showing anything.
      for (const other of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
        if (other === who) continue;
        const response = await page.goto(DEMO[other].home);
        expect(response?.status(), DEMO[other].home).toBe(404);
      }
    });
  }

  test("a wrong password shows an error in Danish, and in English after switching language", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByTestId("demo-notice")).toContainText("caseworker@demo.local");
    await page.getByLabel("E-mail").fill(DEMO.caseworker.email);
    await page.getByLabel("Adgangskode").fill("forkert-kode");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect(page.locator("#login-error")).toHaveText("Forkert e-mail eller adgangskode.");
    await expect(page).toHaveURL(/\/login/);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByLabel("E-mail").fill(DEMO.caseworker.email);
    await page.getByLabel("Password").fill("still-wrong");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.locator("#login-error")).toHaveText("Wrong e-mail or password.");
  });

  test("logging out ends the session", async ({ page }) => {
    await login(page, "coordinator");
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the caseworker sees their caseload with an overdue follow-up", async ({ page }) => {
    await login(page, "caseworker");
    const table = page.getByTestId("family-table");
    await expect(table.getByRole("row")).not.toHaveCount(1);
    await expect(table.getByText("Overskredet")).toHaveCount(1);
  });
});
