import { expect, test, type Page } from "@playwright/test";
import { DEMO, login } from "./support";

// WCAG 1.4.10: at 320 CSS pixels every page a role can reach reads without scrolling sideways. The pages
// are found by following the role's own links (menu and main content, two steps from its home), so a page
// added later is checked without being listed here.
const PHONE = { width: 320, height: 640 };
const MAX_PAGES = 30;
// Downloads and sign-out are no pages; print views are laid out for paper.
const SKIP = /^\/(api|logout)|\/print$|\.ics$/;

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator("#app-menu a[href], main a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h)).filter((u) => u.origin === new URL(page.url()).origin).map((u) => u.pathname);
}

for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  test(`every page of the ${role} reflows at 320 px`, async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await login(page, role);
    const seen = new Set<string>();
    let frontier: string[] = [DEMO[role].home];
    for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const path of frontier) {
        if (seen.has(path) || SKIP.test(path) || seen.size >= MAX_PAGES) continue;
        seen.add(path);
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        expect(await overflow(page), `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
        next.push(...(await linksOn(page)));
      }
      frontier = [...new Set(next)];
    }
    expect(seen.size).toBeGreaterThan(1);
  });
}

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
