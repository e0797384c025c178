import { expect, test } from "@playwright/test";
import { login } from "./support";

// Runs in its own project after the other browser tests (playwright.config.ts): it changes the demo
// municipality's settings, and puts them back at the end.

test("the administrator changes a setting, is told what was wrong and what was saved", async ({ page }) => {
  await login(page, "admin");
  await page.getByRole("navigation").getByRole("link", { name: "Indstillinger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indstillinger for kommunen" })).toBeVisible();
  await expect(page).toHaveTitle(/Indstillinger for kommunen/);
  await expect(page.getByTestId("fixed-rules")).toContainText("En forandringsfase varer 8–16 uger.");

  const idle = page.getByLabel("Log brugeren ud efter inaktivitet (minutter)");
  const tolerance = page.getByLabel("Tolerance for opfølgninger (dage før og efter forfaldsdagen)");
  await expect(idle).toHaveValue("30");
  await expect(page.getByText("Standard: 30 minutter. Tilladt: 5–120 minutter.")).toBeVisible();
  await expect(tolerance).toHaveValue("3");

  // Out of range: an error summary that links the field, the message beside it, nothing saved.
  await idle.fill("200");
  await page.getByRole("button", { name: "Gem indstillingerne" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Ret de markerede felter.");
  const link = summary.getByRole("link", { name: /Log brugeren ud efter inaktivitet.*Skal være mellem 5 og 120\./ });
  await link.click();
  await expect(idle).toBeFocused();
  await expect(idle).toHaveAttribute("aria-invalid", "true");
  await expect(idle).toHaveValue("200");
  await page.reload();
  await expect(idle).toHaveValue("30");

  // A valid value: the success message, and the page shows the stored value, also after a reload.
  await idle.fill("45");
  await page.getByRole("button", { name: "Gem indstillingerne" }).click();
  await expect(page.getByRole("status")).toHaveText("Indstillingerne er gemt og gælder fra nu.");
  await expect(idle).toHaveValue("45");
  await page.reload();
  await expect(idle).toHaveValue("45");

  // At 320 px the form fits the screen: nothing to scroll sideways to reach a field or the button.
  await page.setViewportSize({ width: 320, height: 900 });
  const box = await page.getByTestId("settings-form").boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  for (const target of [idle, tolerance, page.getByRole("button", { name: "Gem indstillingerne" })]) {
    const b = await target.boundingBox();
    expect(b!.x + b!.width).toBeLessThanOrEqual(320);
  }

  // Back to the demo's value for whatever runs after (by keyboard: the field, then Enter).
  await idle.fill("30");
  await idle.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Indstillingerne er gemt og gælder fra nu.");
  await page.reload();
  await expect(idle).toHaveValue("30");
});
