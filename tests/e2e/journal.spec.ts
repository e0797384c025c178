import { expect, test } from "@playwright/test";
import { login } from "./support";

// The case journal (issue 10, item 7). The test enrols its own family, so the demo families other
// specs rely on keep their timelines.

test("a caseworker notes a phone call, finds it by search; the coordinator corrects it; a site user gets not found", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const family = `Familien Notat ${tag}`;
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(family);
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(`Forælder ${tag}`);
  const child = cw.getByTestId("child-fields");
  await child.getByLabel("Navn").fill(`Barn ${tag}`);
  await child.getByLabel("Fødselsdato").fill("2016-04-01");
  await child.getByLabel("Anbringelsessted").selectOption({ label: "Plejefamilien Lund" });
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(family);
  const familyUrl = cw.url();

  // The timeline already tells that start-up began.
  const timeline = cw.getByTestId("family-timeline");
  await expect(timeline).toContainText("Opstart startede");

  await cw.getByText("Skriv et journalnotat").click();
  const form = cw.getByTestId("journal-form");
  await form.getByLabel("Slags").selectOption({ label: "Telefonsamtale" });
  await form.getByLabel("Overskrift").fill(`Mor ringede ${tag}`);
  await form.getByLabel("Med hvem").fill("Mor");
  await form.getByLabel("Hvad skete der").fill(`Mor fortalte om ferien på Bornholm ${tag}.`);
  await form.getByRole("button", { name: "Gem notat" }).click();
  await expect(form.getByRole("status")).toHaveText("Notatet er gemt.");
  const entry = timeline.getByTestId("journal-entry").filter({ hasText: `Mor ringede ${tag}` });
  await expect(entry).toContainText("Myndighedsrådgiver");
  // The author may still edit it: the link says so.
  await expect(entry.getByRole("link", { name: "Ret notatet (inden for 24 timer)" })).toBeVisible();

  // A future date is refused with the reason on the field, and nothing is saved.
  await form.getByLabel("Dato for det, der skete").fill("2099-01-01");
  await form.getByLabel("Overskrift").fill("Fremtiden");
  await form.getByLabel("Hvad skete der").fill("Kan ikke ske.");
  await form.getByRole("button", { name: "Gem notat" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.getByTestId("field-error")).toContainText("kan ikke ligge i fremtiden");

  // Search finds it, only by its text, and links to the family.
  await cw.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Journal" }).click();
  await expect(cw).toHaveTitle(/Søg i journalen/);
  await cw.getByLabel("Søg efter").fill(`bornholm ${tag}`);
  await cw.getByRole("button", { name: "Søg" }).click();
  const results = cw.getByTestId("journal-results");
  await expect(results.getByRole("link", { name: family })).toBeVisible();
  await results.getByRole("link", { name: `Mor ringede ${tag}` }).click();
  await expect(cw.getByTestId("journal-edit-form")).toBeVisible();
  const entryUrl = cw.url();

  // The coordinator is not the author: a correction, a new entry pointing to the old one.
  const co = await (await browser.newContext()).newPage();
  await login(co, "coordinator");
  await co.goto(entryUrl);
  const correct = co.getByTestId("journal-correct-form");
  await correct.getByLabel("Hvad skete der").fill(`Mor fortalte om ferien på Fyn ${tag}.`);
  await correct.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(co.getByRole("status").filter({ hasText: "Rettelsen er gemt." })).toBeVisible();
  await expect(co.getByTestId("family-timeline").getByTestId("corrected-by").first()).toContainText("Rettet af");

  // The caseworker's own edit form is gone: the entry stands corrected.
  await cw.goto(entryUrl);
  await expect(cw.getByTestId("corrected-by")).toBeVisible();
  await expect(cw.getByTestId("journal-edit-form")).toHaveCount(0);

  // A placement site sees the child, never the case journal.
  const site = await (await browser.newContext()).newPage();
  await login(site, "site");
  for (const url of [new URL(entryUrl).pathname, "/journal", new URL(familyUrl).pathname]) {
    expect((await site.goto(url))?.status(), url).toBe(404);
  }
});
