import { expect, test } from "@playwright/test";
import { login } from "./support";

// WCAG 1.4.10 on a phone: the header's menu folds behind a button. That every page reflows at 320 px is
// checked by the crawl in page-titles.spec.ts, which visits every page of every role anyway.
const PHONE = { width: 320, height: 640 };

test("the menu folds behind a button on a phone and opens, closes on Escape and after a navigation", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await login(page, "coordinator");
  const button = page.getByRole("button", { name: "Menu" });
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await expect(menu).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: "Statistik" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await button.press("Enter");
  await menu.getByRole("link", { name: "Statistik" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/statistik/i);
  await expect(menu).toBeHidden();
});

test("on a wide screen the menu is a row without a menu button", async ({ page }) => {
  await login(page, "caseworker");
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Familier" })).toBeVisible();
});
