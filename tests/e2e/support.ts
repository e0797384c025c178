import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

export const DEMO = {
  caseworker: { email: "caseworker@demo.local", home: "/caseworker", roleDa: "Myndighedsrådgiver" },
  therapist: { email: "therapist@demo.local", home: "/therapist", roleDa: "Familiebehandler" },
  consultant: { email: "consultant@demo.local", home: "/consultant", roleDa: "Familieplejekonsulent" },
  site: { email: "site@demo.local", home: "/site", roleDa: "Anbringelsessted" },
  coordinator: { email: "coordinator@demo.local", home: "/coordinator", roleDa: "Lokal tovholder" },
  admin: { email: "admin@demo.local", home: "/admin", roleDa: "Administrator" },
} as const;

export async function login(page: Page, who: keyof typeof DEMO) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(DEMO[who].email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
}
