import { test, type Page } from "@playwright/test";
import { DEMO, login } from "../e2e/support";

const WIDTHS = [1280, 375] as const;
const OUT = "docs/screens";

async function shoot(page: Page, name: string, width: number) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true, animations: "disabled" });
}

for (const width of WIDTHS) {
  for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    test(`${who} home at ${width} px`, async ({ browser }) => {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await login(page, who);
      await shoot(page, `home-${who}`, width);
    });
  }

  test(`family page and follow-up form at ${width} px`, async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await login(page, "therapist");
    await page.goto("/families");
    await page.getByRole("link", { name: "Familien Jensen" }).first().click();
    await shoot(page, "family-page", width);
    await page.getByRole("link", { name: "Registrér opfølgning" }).click();
    await shoot(page, "follow-up-form", width);
  });

  test(`the parent's plan at ${width} px`, async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await login(page, "parent");
    await page.goto("/portal/plan");
    await shoot(page, "portal-plan", width);
  });
}
