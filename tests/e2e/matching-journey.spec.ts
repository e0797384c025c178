import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./support";
import { expectNoAxeViolations } from "./axe";

// Issue 12's journey through the UI only: a child to be placed, heard in its own words with its parent;
// the consultant shortlists and rates both demo sites; one declines the anonymised referral without ever
// seeing the child's name, the other accepts; the caseworker decides with reasons; the placement exists,
// the chosen site sees the child, and the first expectation talk is on the caseworker's home.

async function as(browser: Browser, who: Parameters<typeof login>[1], width = 1280) {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await login(page, who);
  return page;
}

async function siteLogin(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill("demo1234");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/site$/);
  return page;
}

async function advance(page: Page, stage: string) {
  const form = page.getByTestId("matching-next-steps").getByRole("button", { name: `Gå videre til: ${stage}` });
  await form.click();
  await expect(page.getByTestId("matching-stages").locator("[aria-current=step]")).toHaveText(stage);
}

test("a child is matched with a placement site, heard, referred anonymously and decided with reasons", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const family = `Familien Matchesen ${tag}`;
  const child = `Sara ${tag}`;

  // The caseworker: a new family with a child not yet placed, and a matching case for the child.
  const cw = await as(browser, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(family);
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(`Lone ${tag}`);
  await cw.getByTestId("child-fields").getByLabel("Navn").fill(child);
  await cw.getByTestId("child-fields").getByLabel("Fødselsdato").fill("2014-03-10");
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(family);
  await cw.getByTestId("children").getByRole("link", { name: "Åbn matchsag" }).click();
  await expect(cw).toHaveTitle(/Ny matchsag/);
  await expect(cw.getByLabel("Barn")).toHaveValue(/.+/);
  await cw.getByLabel("Familieplejekonsulent").selectOption({ label: "Birgitte Holm" });
  await cw.getByRole("button", { name: "Åbn matchsagen" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(`Matchsag – ${child}`);
  await expect(cw.getByRole("status")).toContainText("Matchsagen er åbnet");
  const casePath = new URL(cw.url()).pathname;

  // Not to the search before the child and the parent are heard; the page says what is missing.
  await expect(cw.getByTestId("missing-SEARCH")).toContainText("profil");
  const profile = cw.getByTestId("matching-profile-form");
  await profile.getByLabel("Behov").fill("Ro, faste voksne og hjælp til lektier");
  await profile.getByLabel("Interesser").fill("Heste og tegning");
  await profile.getByRole("button", { name: "Gem profilen" }).click();
  await expect(profile.getByRole("status")).toHaveText("Profilen er gemt som en ny version.");
  const childWish = cw.getByTestId("wish-child-form");
  await childWish.getByLabel("Ønsker med egne ord").fill("Jeg vil gerne bo et sted med dyr og blive på min skole");
  await childWish.getByRole("button", { name: "Gem ønsker" }).click();
  await expect(childWish.getByRole("status")).toHaveText("Ønskerne er gemt.");
  const parentWish = cw.getByTestId("wish-parent-1-form");
  await parentWish.getByLabel("Ønsker med egne ord").fill("Tæt på os, så vi kan ses hver uge");
  await parentWish.getByRole("button", { name: "Gem ønsker" }).click();
  await expect(parentWish.getByRole("status")).toHaveText("Ønskerne er gemt.");
  await cw.reload();
  await advance(cw, "Søgning");
  await expectNoAxeViolations(cw, "the matching case");

  // The consultant taking part proposes both demo sites, rates them and sends the anonymised referrals.
  const co = await as(browser, "consultant");
  await co.goto("/matching");
  await co.getByTestId("matching-cases").getByRole("link", { name: child }).click();
  await co.getByRole("link", { name: "Kandidater" }).click();
  for (const site of ["Plejefamilien Lund", "Opholdsstedet Solbakken"]) {
    const add = co.getByTestId("add-candidate-form");
    await add.getByLabel("Anbringelsessted").selectOption({ label: (await add.getByRole("option", { name: new RegExp(`^${site}`) }).textContent())! });
    await add.getByRole("button", { name: "Foreslå stedet" }).click();
    await expect(co.getByTestId("candidates-table")).toContainText(site);
  }
  for (const [site, rating] of [["Plejefamilien Lund", "Delvist opfyldt"], ["Opholdsstedet Solbakken", "Opfyldt"]] as const) {
    await co.getByTestId("candidates-table").getByRole("link", { name: site }).click();
    const form = co.getByTestId("ratings-form");
    // all() does not wait: the candidate's page must be there before its criteria are counted.
    await expect(co.getByRole("heading", { level: 1 })).toContainText(site);
    await expect(form.locator("fieldset")).toHaveCount(7);
    for (const fieldset of await form.locator("fieldset").all()) {
      const siblings = (await fieldset.locator("legend").textContent())?.includes("Søskende");
      await fieldset.getByLabel("Vurdering").selectOption({ label: siblings ? "Ikke relevant" : rating });
      await fieldset.getByLabel("Begrundelse").fill(siblings ? "Sara har ingen søskende" : `Vurderet efter besøg hos ${site}`);
    }
    await form.getByRole("button", { name: "Gem vurderingen" }).click();
    await expect(form.getByRole("status")).toHaveText("Vurderingen er gemt.");
    await expect(co.getByTestId("referral-preview")).not.toContainText(child);
    await co.getByTestId("send-referral-form").getByRole("button", { name: "Send den anonyme henvendelse" }).click();
    await expect(co.getByTestId("referral-sent")).toContainText("Ro, faste voksne");
    await co.getByRole("link", { name: "Tilbage til kandidaterne" }).click();
  }
  await expect(co.getByTestId("comparison-table")).toContainText("Delvist opfyldt");
  await expectNoAxeViolations(co, "the comparison of candidates");

  await cw.goto(casePath);
  await advance(cw, "Kortliste");

  // Lund declines; it never sees the child's name. Solbakken accepts.
  const lund = await siteLogin(browser, "site@demo.local");
  await lund.getByRole("link", { name: "Henvisninger" }).first().click();
  await lund.getByTestId("referrals").getByRole("link").first().click();
  await expect(lund.getByTestId("referral-text")).toContainText("12 år");
  await expect(lund.locator("body")).not.toContainText(child);
  await expect(lund).not.toHaveTitle(new RegExp(tag));
  await lund.getByRole("combobox", { name: "Jeres svar" }).selectOption({ label: "Nej" });
  await lund.getByLabel("Bemærkning eller spørgsmål").fill("Vi har ikke plads til en hest");
  await lund.getByRole("button", { name: "Send svaret" }).click();
  await expect(lund.getByTestId("referral-answer")).toContainText("Nej");

  const solbakken = await siteLogin(browser, "solbakken@demo.local");
  await solbakken.goto("/site/referrals");
  await solbakken.getByTestId("referrals").getByRole("link").first().click();
  await expect(solbakken.locator("body")).not.toContainText(child);
  await solbakken.getByRole("combobox", { name: "Jeres svar" }).selectOption({ label: "Ja" });
  await solbakken.getByRole("button", { name: "Send svaret" }).click();
  await expect(solbakken.getByTestId("referral-answer")).toContainText("Ja");

  // A visit, the proposal, and on to the decision.
  await cw.goto(casePath);
  await advance(cw, "Matchbesøg");
  await cw.getByRole("link", { name: "Kandidater" }).click();
  await cw.getByTestId("candidates-table").getByRole("link", { name: "Opholdsstedet Solbakken" }).click();
  const visit = cw.getByTestId("visit-form");
  await visit.getByLabel("Barnet: Hvordan var det?").fill("Der var heste!");
  await visit.getByRole("button", { name: "Registrér besøget" }).click();
  await expect(cw.getByTestId("visits")).toContainText("Der var heste!");
  await cw.getByRole("button", { name: "Indstil dette sted" }).click();
  await expect(cw.getByTestId("is-proposed")).toBeVisible();
  await cw.goto(casePath);
  await advance(cw, "Indstilling");
  await advance(cw, "Afgørelse");

  // The decision: against part of the child's wish only with a reason; then it is taken.
  await cw.getByRole("link", { name: "Afgørelse" }).click();
  const decision = cw.getByTestId("decision-form");
  await decision.getByTestId("decision-wish-child").getByLabel("Svar").selectOption({ label: "Delvist fulgt" });
  await decision.getByTestId("decision-wish-parent").getByLabel("Svar").selectOption({ label: "Fulgt" });
  await decision.getByRole("button", { name: "Træf afgørelsen" }).click();
  await expect(decision.getByTestId("error-summary")).toBeFocused();
  await expect(decision.getByTestId("error-summary")).toContainText("Begrund, hvorfor ønsket ikke følges");
  await decision.getByTestId("decision-wish-child").getByLabel("Begrundelse").fill("Solbakken ligger 20 minutter fra skolen; Sara skifter ikke skole, men bor ikke med egne dyr");
  await decision.getByRole("button", { name: "Træf afgørelsen" }).click();
  await expect(cw.getByTestId("decision")).toContainText("Opholdsstedet Solbakken er valgt");
  await expect(cw.getByTestId("decision")).toContainText("Solbakken ligger 20 minutter fra skolen");

  // The placement exists; the chosen site sees the child, the other does not.
  await solbakken.goto("/site");
  await expect(solbakken.locator("main")).toContainText(child);
  await lund.goto("/site");
  await expect(lund.locator("main")).not.toContainText(child);

  // The parties (the child is 12, and the parent) are told; the move is recorded; the first year begins.
  for (let i = 0; i < 2; i++) {
    const notice = cw.getByTestId("parties").locator("form").first();
    await notice.getByLabel("Hvordan (fx brev og samtale)").fill("Brev og samtale");
    await notice.getByRole("button", { name: "Registrér meddelelsen" }).click();
    await expect(cw.getByTestId("parties").locator("form")).toHaveCount(1 - i);
  }
  await cw.getByTestId("move-form").getByRole("button", { name: "Registrér flytningen" }).click();
  await expect(cw.getByTestId("moved")).toBeVisible();
  await cw.goto(casePath);
  await advance(cw, "Første år");
  await cw.goto("/caseworker");
  await expect(cw.getByTestId("first-year-due")).toContainText(`Forventningssamtale efter 1 md. for ${child}`);
});
