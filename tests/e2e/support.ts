import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

export const DEMO = {
  caseworker: { email: "caseworker@demo.local", home: "/caseworker", roleDa: "Myndighedsrådgiver" },
  therapist: { email: "therapist@demo.local", home: "/therapist", roleDa: "Familiebehandler" },
  consultant: { email: "consultant@demo.local", home: "/consultant", roleDa: "Familieplejekonsulent" },
  site: { email: "site@demo.local", home: "/site", roleDa: "Anbringelsessted" },
  coordinator: { email: "coordinator@demo.local", home: "/coordinator", roleDa: "Lokal tovholder" },
  admin: { email: "admin@demo.local", home: "/admin", roleDa: "Administrator" },
  parent: { email: "parent@demo.local", home: "/portal", roleDa: "Forælder" },
} as const;

export async function login(page: Page, who: keyof typeof DEMO) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(DEMO[who].email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
}

/** Presses Tab until the element has the focus: proves it is reachable by keyboard, in the page's own order. */
export async function tabTo(target: Locator, maxPresses = 150) {
  const page = target.page();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `reached by Tab within ${maxPresses} presses`).toBeFocused();
}
