import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./support";

// People and placements change (issue 10, item 3). Each test enrols its own family, so the demo
// families other specs rely on keep their sites and caseworkers.

async function loginAs(browser: Browser, email: string, home: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  return page;
}

async function enrol(cw: Page, family: string, child: string, site: string | null) {
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(family);
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(`Forælder ${family}`);
  const fields = cw.getByTestId("child-fields");
  await fields.getByLabel("Navn").fill(child);
  await fields.getByLabel("Fødselsdato").fill("2016-04-01");
  await fields.getByLabel("Anbringelsessted").selectOption({ label: site ?? "Ikke kendt endnu" });
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(family);
}

test("a child moves from Plejefamilien Lund to Opholdsstedet Solbakken: Lund loses the child at once, Solbakken sees the contact plan", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const family = `Familien Flyt ${tag}`;
  const child = `Alma Flyt ${tag}`;
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await enrol(cw, family, child, "Plejefamilien Lund");
  const familyUrl = cw.url();

  // A contact plan the sites can see.
  await cw.getByTestId("children").getByRole("link", { name: "Samværsplan" }).first().click();
  await expect(cw).toHaveURL(/\/children\/[^/]+\/contact$/);
  const childId = new URL(cw.url()).pathname.split("/")[4]!;
  const plan = cw.getByTestId("contact-plan-form");
  await plan.getByLabel("Sted").fill("Familiehuset, Flyttevej 1");
  await plan.getByRole("button", { name: "Gem samværsplan" }).click();
  await expect(cw.getByTestId("contact-plan-current")).toContainText("Familiehuset, Flyttevej 1");

  const lund = await (await browser.newContext()).newPage();
  await login(lund, "site");
  await lund.goto(`/site/children/${childId}`);
  await expect(lund.getByTestId("site-contact-plan")).toContainText("Familiehuset, Flyttevej 1");

  const solbakken = await loginAs(browser, "solbakken@demo.local", "/site");
  expect((await solbakken.goto(`/site/children/${childId}`))?.status()).toBe(404);

  // The move: one form, one save.
  await cw.goto(familyUrl);
  const row = cw.getByTestId("child-placement").filter({ hasText: child });
  await expect(row).toContainText("Plejefamilien Lund");
  await row.getByText(`Flyt ${child} til et andet sted`).click();
  const move = row.getByTestId("move-placement-form");
  await move.getByLabel("Anbringelsessted").selectOption({ label: "Opholdsstedet Solbakken" });
  await move.getByRole("button", { name: "Flyt barnet" }).click();
  await expect(move.getByRole("status")).toContainText("Barnet er flyttet");
  await expect(row).toContainText("Opholdsstedet Solbakken");
  await expect(cw.getByTestId("children")).toContainText("Flyttet");

  // Lund: not found the moment the move is saved. Solbakken: the child and the contact plan.
  const gone = await lund.goto(`/site/children/${childId}`);
  expect(gone?.status()).toBe(404);
  await expect(lund.getByRole("heading", { level: 1 })).toHaveText("Ikke fundet");
  await expect(lund.locator("body")).not.toContainText(child);
  await solbakken.goto("/site");
  await solbakken.getByTestId("site-children").getByRole("link", { name: child }).click();
  await expect(solbakken.getByTestId("site-contact-plan")).toContainText("Familiehuset, Flyttevej 1");

  // A second move from the page opened before the first is a conflict, not a silent overwrite.
  const stale = await (await browser.newContext({ storageState: await cw.context().storageState() })).newPage();
  await stale.goto(familyUrl);
  const staleRow = stale.getByTestId("child-placement").filter({ hasText: child });
  await staleRow.getByText(`Flyt ${child} til et andet sted`).click();
  await cw.reload();
  await cw.getByTestId("child-placement").filter({ hasText: child }).getByText(`Afslut anbringelsen af ${child}`).click();
  const end = cw.getByTestId("end-placement-form");
  await end.getByLabel("Årsag").selectOption({ label: "Hjemgivet" });
  await end.getByRole("button", { name: "Afslut anbringelsen" }).click();
  await expect(cw.getByRole("status").filter({ hasText: "Anbringelsen er afsluttet." })).toBeVisible();
  await expect(cw.getByTestId("child-placement").filter({ hasText: child })).toContainText("ingen anbringelse registreret");
  await expect(cw.getByTestId("children")).toContainText("Hjemgivet");
  const staleMove = staleRow.getByTestId("move-placement-form");
  await staleMove.getByLabel("Anbringelsessted").selectOption({ label: "Plejefamilien Lund" });
  await staleMove.getByRole("button", { name: "Flyt barnet" }).click();
  await expect(staleMove.getByRole("alert")).toBeVisible();
  expect((await solbakken.goto(`/site/children/${childId}`))?.status()).toBe(404);
});

test("a caseworker hands a family to a colleague, who then has it on their home page; the first no longer does", async ({ browser }) => {
  const family = `Familien Overdrag ${Date.now().toString(36)}`;
  const mette = await (await browser.newContext()).newPage();
  await login(mette, "caseworker");
  // Enrolled before anyone knows where the child will live.
  await enrol(mette, family, "Carl Overdrag", null);
  await expect(mette.getByTestId("child-placement").filter({ hasText: "Carl Overdrag" })).toContainText("ingen anbringelse registreret");
  const familyUrl = mette.url();
  // The home page shows the first 15 of a caseload; the full list is where a family is searched.
  await mette.goto(`/families?q=${encodeURIComponent(family)}`);
  await expect(mette.getByTestId("family-table")).toContainText(family);

  await mette.goto(familyUrl);
  await mette.getByText("Skift rådgiver eller familiebehandler").click();
  const form = mette.getByTestId("staff-form");
  await form.getByLabel("Ansvarlig myndighedsrådgiver").selectOption({ label: "Sofie Dahl" });
  await form.getByRole("button", { name: "Gem ændringen" }).click();
  await expect(mette).toHaveURL(/\/caseworker$/);
  await mette.goto(`/families?q=${encodeURIComponent(family)}`);
  await expect(mette.getByTestId("family-count")).toHaveText("0 familier");
  expect((await mette.goto(familyUrl))?.status()).toBe(404);

  const sofie = await loginAs(browser, "sofie.caseworker@demo.local", "/caseworker");
  // Sofie's caseload is small: the family is on her home page.
  await expect(sofie.getByTestId("family-table")).toContainText(family);
  await sofie.getByTestId("family-table").getByRole("link", { name: family }).click();
  const history = sofie.getByTestId("staff-history");
  await expect(history.getByRole("row").filter({ hasText: "Mette Rasmussen" })).toContainText("Myndighedsrådgiver");
  await expect(history.getByRole("row").filter({ hasText: "Sofie Dahl" })).toContainText("nu");
});

test("choosing a site at enrolment sets the kind of placement to the site's own", async ({ page }) => {
  await login(page, "caseworker");
  await page.goto("/families/new");
  const child = page.getByTestId("child-fields");
  await child.getByLabel("Anbringelsessted").selectOption({ label: "Opholdsstedet Solbakken" });
  await expect(child.getByLabel("Anbringelsesform")).toHaveValue("CHILDRENS_HOME");
  await child.getByLabel("Anbringelsessted").selectOption({ label: "Plejefamilien Lund" });
  await expect(child.getByLabel("Anbringelsesform")).toHaveValue("GENERAL_FOSTER_FAMILY");
});
