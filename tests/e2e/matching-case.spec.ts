import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./support";
import { expectNoAxeViolations } from "./axe";

// The matching case itself on a phone (375 px): the caseworker opens it for a new child of a new family,
// writes the profile, has the child heard by the consultant, one parent heard and one not (with the reason),
// and moves it on to the search only once the page no longer says what is missing. The consultant taking
// part finds it in the list; a site user gets not found. Uses only a family this spec enrols itself.

const PHONE = { width: 375, height: 812 };

async function as(browser: Browser, who: Parameters<typeof login>[1]) {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await login(page, who);
  return page;
}

/** One person's wishes on the case page, found by its heading (the parents' order is not the point here). */
const wishOf = (page: Page, heading: string) => page.locator("article").filter({ has: page.getByRole("heading", { level: 3, name: heading }) });

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), page.url()).toBeLessThanOrEqual(0);
}

test("a matching case is opened, the child and both parents accounted for, and moved on to the search, on a phone", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const family = `Familien Casesen ${tag}`;
  const child = `Noah ${tag}`;
  const [mother, father] = [`Mia ${tag}`, `Kasper ${tag}`];

  const cw = await as(browser, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(family);
  await cw.getByRole("button", { name: "Tilføj forælder" }).click();
  await cw.getByTestId("parent-fields").nth(0).getByLabel("Navn").fill(mother);
  await cw.getByTestId("parent-fields").nth(1).getByLabel("Navn").fill(father);
  await cw.getByTestId("child-fields").getByLabel("Navn").fill(child);
  await cw.getByTestId("child-fields").getByLabel("Fødselsdato").fill("2016-05-02");
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(family);

  // Opening: a deadline in the past is refused on its field and nothing is opened.
  await cw.getByTestId("children").getByRole("link", { name: "Åbn matchsag" }).click();
  await expect(cw).toHaveTitle(/Ny matchsag/);
  const open = cw.getByTestId("open-matching-form");
  await expect(open.getByLabel("Barn")).toHaveValue(/.+/);
  await open.getByLabel("Hast").selectOption({ label: "Akut" });
  await open.getByLabel("Lovgrundlag").selectOption({ label: "§ 47 – uden samtykke" });
  await open.getByLabel("Familieplejekonsulent").selectOption({ label: "Birgitte Holm" });
  await open.getByLabel("Frist").fill("2020-01-01");
  await open.getByRole("button", { name: "Åbn matchsagen" }).click();
  await expect(open.getByLabel("Frist")).toHaveAttribute("aria-invalid", "true");
  await expect(open.getByTestId("field-error")).toContainText("Fristen");
  await open.getByLabel("Frist").fill("");
  await open.getByRole("button", { name: "Åbn matchsagen" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(`Matchsag – ${child}`);
  await expect(cw.getByRole("status").first()).toContainText("Matchsagen er åbnet");
  await expect(cw.getByTestId("matching-summary")).toContainText("Akut");
  await expect(cw.getByTestId("matching-summary")).toContainText("§ 47");
  await expect(cw.getByTestId("matching-summary")).toContainText("Birgitte Holm");
  await expect(cw.getByTestId("matching-stages").locator("[aria-current=step]")).toHaveText("Profil");
  await expect(cw.getByRole("link", { name: "Overblik" })).toHaveAttribute("aria-current", "page");
  const casePath = new URL(cw.url()).pathname;
  await noSidewaysScroll(cw);

  // What is missing comes from the same gate the server applies.
  const steps = cw.getByTestId("matching-next-steps");
  await expect(steps.getByTestId("missing-SEARCH")).toContainText("profil");
  await steps.getByRole("button", { name: "Gå videre til: Søgning" }).click();
  await expect(steps.getByTestId("error-summary")).toBeVisible();
  await expect(cw.getByTestId("matching-stages").locator("[aria-current=step]")).toHaveText("Profil");

  const profile = cw.getByTestId("matching-profile-form");
  await profile.getByLabel("Behov").fill("Faste rammer og en voksen, der har tid");
  await profile.getByLabel("Søskende", { exact: true }).fill("En storesøster på 14, bor hjemme");
  await profile.getByLabel("Barnet har søskende").check();
  await profile.getByRole("button", { name: "Gem profilen" }).click();
  await expect(profile.getByRole("status")).toHaveText("Profilen er gemt som en ny version.");
  await expect(cw.getByTestId("profile-version")).toContainText("Version 1");
  await expect(cw.getByTestId("profile-version")).toContainText("Mette Rasmussen");

  // The consultant met the child; the caseworker writes it down and names who heard it.
  await expect(wishOf(cw, `Barnets ønsker – ${child}`).getByTestId("wish-status")).toHaveText("Ikke hørt endnu");
  const childWish = wishOf(cw, `Barnets ønsker – ${child}`).locator("form");
  await childWish.getByLabel("Ønsker med egne ord").fill("Jeg vil gerne kunne cykle hen til min søster");
  await childWish.getByLabel("Bekymringer").fill("At jeg skal skifte skole");
  await childWish.getByLabel("Hvordan").fill("Samtale på skolen");
  await expect(childWish.getByLabel("Hørt af")).toHaveValue(/.+/);
  await childWish.getByLabel("Hørt af").selectOption({ label: "Birgitte Holm" });
  await childWish.getByRole("button", { name: "Gem ønsker" }).click();
  await expect(childWish.getByRole("status")).toHaveText("Ønskerne er gemt.");
  const motherWish = wishOf(cw, `${mother}s ønsker`).locator("form");
  await motherWish.getByLabel("Ønsker med egne ord").fill("At han kan komme hjem hver anden weekend");
  await motherWish.getByRole("button", { name: "Gem ønsker" }).click();
  await expect(motherWish.getByRole("status")).toHaveText("Ønskerne er gemt.");
  await cw.reload();
  await expect(cw.getByTestId("missing-SEARCH")).toContainText("forælder");
  const fatherWish = wishOf(cw, `${father}s ønsker`).locator("form");
  await fatherWish.getByLabel("Personen er ikke hørt").check();
  await fatherWish.getByLabel("Hvorfor ikke").fill("Har ikke svaret på tre breve og to opkald");
  await fatherWish.getByRole("button", { name: "Gem ønsker" }).click();
  await expect(fatherWish.getByRole("status")).toHaveText("Ønskerne er gemt.");
  await cw.reload();

  await expect(wishOf(cw, `Barnets ønsker – ${child}`).getByTestId("wish-status")).toContainText("af Birgitte Holm");
  await expect(wishOf(cw, `${mother}s ønsker`).getByTestId("wish-status")).toContainText("af Mette Rasmussen");
  await expect(wishOf(cw, `${father}s ønsker`).getByTestId("wish-status")).toContainText("Ikke hørt: Har ikke svaret");
  await expect(cw.getByTestId("missing-SEARCH")).toHaveCount(0);
  await noSidewaysScroll(cw);
  await expectNoAxeViolations(cw, "the matching case on a phone");
  await cw.getByTestId("matching-next-steps").getByRole("button", { name: "Gå videre til: Søgning" }).click();
  await expect(cw.getByTestId("matching-stages").locator("[aria-current=step]")).toHaveText("Søgning");

  // The consultant taking part finds it in the list and may write, but not move it on.
  const co = await as(browser, "consultant");
  await co.goto("/matching");
  await expect(co.getByRole("heading", { level: 1 })).toHaveText("Matchsager");
  const row = co.getByTestId("matching-cases").getByRole("row").filter({ hasText: child });
  await expect(row).toContainText("Søgning");
  await expect(row).toContainText("Akut");
  await noSidewaysScroll(co);
  await row.getByRole("link", { name: child }).click();
  await expect(co.getByRole("heading", { level: 1 })).toHaveText(`Matchsag – ${child}`);
  await expect(co.getByTestId("matching-profile-form")).toBeVisible();
  await expect(co.getByTestId("matching-next-steps")).toHaveCount(0);
  await expect(wishOf(co, `Barnets ønsker – ${child}`).getByTestId("wish-status")).toContainText("Jeg vil gerne kunne cykle hen til min søster");

  // A placement site never reaches the case (not even that it exists).
  const site = await as(browser, "site");
  expect((await site.goto(casePath))?.status(), casePath).toBe(404);
  expect((await site.goto("/matching"))?.status()).toBe(404);
});
