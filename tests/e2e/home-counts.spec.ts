import { expect, test } from "@playwright/test";
import { login } from "./support";

// Each number on a home page is the length of the list it links to.
for (const who of ["caseworker", "therapist", "coordinator"] as const) {
  test(`${who}: every attention count matches its list`, async ({ page }) => {
    await login(page, who);
    const home = page.url();
    const links = page.getByTestId("attention").getByRole("link");
    const n = await links.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) {
      await page.goto(home);
      const link = page.getByTestId("attention").getByRole("link").nth(i);
      const count = Number(await link.getByTestId("attention-count").textContent());
      await link.click();
      await expect(page.getByTestId("family-count")).toHaveText(new RegExp(`^${count} famili`));
      await expect(page.getByTestId("family-table").getByRole("row")).toHaveCount(count === 0 ? 0 : count + 1);
    }
  });
}

test("the demo caseworker sees exactly the seeded overdue family", async ({ page }) => {
  await login(page, "caseworker");
  await expect(page.getByTestId("attention-overdue").getByTestId("attention-count")).toHaveText("1");
  await page.getByTestId("attention-overdue").click();
  await expect(page.getByTestId("family-table")).toContainText("Familien Jensen");
  // Larsen missed one follow-up and held the next: the miss is shown, the family is not overdue.
  await page.goto("/families");
  const larsen = page.getByTestId("family-table").getByRole("row").filter({ hasText: "Familien Larsen" });
  await expect(larsen.getByTestId("missed-count")).toHaveText("1 opfølgning ikke holdt i fasen");
  await expect(larsen.getByTestId("overdue-since")).toHaveCount(0);
});

test("the coordinator's statistics export is pseudonymised", async ({ page }) => {
  await login(page, "coordinator");
  await page.goto("/coordinator/statistics");
  await expect(page.getByTestId("key-figures")).toBeVisible();
  const csv = await (await page.request.get((await page.getByTestId("csv-export").getAttribute("href"))!)).text();
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("family,current_phase");
  expect(lines.length).toBeGreaterThanOrEqual(7);
  for (const name of ["Jensen", "Hansen", "Petersen", "Camilla", "Emil"]) expect(csv).not.toContain(name);
});

test("the demo therapist sees the goal whose rating fell at the latest follow-up", async ({ page }) => {
  await login(page, "therapist");
  const falling = page.getByTestId("falling-ratings");
  await expect(falling.getByRole("listitem")).toHaveCount(1);
  await expect(falling).toContainText("Familien Petersen");
  await expect(falling).toContainText("Melde afbud i god tid");
  await expect(falling).toContainText("2 → 1");
  await falling.getByRole("link", { name: "Familien Petersen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Familien Petersen");
});

test("the demo site sees this week's contact session and last week's session it has not recorded", async ({ page }) => {
  await login(page, "site");
  // Other tests running beside this one may add sessions for other children at the same site.
  await expect(page.getByTestId("week-sessions").getByRole("listitem").filter({ hasText: "Ida Jensen" })).toHaveCount(1);
  const unrecorded = page.getByTestId("unrecorded-sessions");
  await expect(unrecorded.getByRole("listitem").filter({ hasText: "Ida Jensen" })).toHaveCount(1);
  const count = await unrecorded.getByRole("listitem").count();
  await expect(page.getByRole("heading", { name: new RegExp(`ikke er registreret \\(${count}\\)`) })).toBeVisible();
  await unrecorded.getByRole("link", { name: "Ida Jensen" }).click();
  await expect(page.getByTestId("site-contact-plan")).toBeVisible();
});

test("the demo consultant sees the session the father cancelled three weeks ago, linked to the site", async ({ page }) => {
  await login(page, "consultant");
  const cancelled = page.getByTestId("recent-cancellations");
  await expect(cancelled.getByRole("listitem")).toHaveCount(1);
  await expect(cancelled).toContainText("Ida Jensen");
  await expect(cancelled).toContainText("Aflyst af forælder");
  await cancelled.getByRole("link", { name: "Plejefamilien Lund" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Plejefamilien Lund");
});

test("an attention filter stays on when the list is searched, says so, and can be removed", async ({ page }) => {
  await login(page, "caseworker");
  await page.getByTestId("attention-overdue").click();
  await page.goto("/families?attention=draft");
  const chip = page.getByTestId("attention-filter");
  await expect(chip).toContainText("Filter: Planer der venter på forældrenes accept");
  const before = await page.getByTestId("family-count").textContent();
  await page.getByLabel("Søg på navn").fill("Familien");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/attention=draft/);
  await expect(chip).toBeVisible();
  await expect(page.getByTestId("family-count")).toHaveText(before!);
  await chip.getByRole("link", { name: "Fjern filteret" }).click();
  await expect(page).not.toHaveURL(/attention=/);
  await expect(page).toHaveURL(/q=Familien/);
  await expect(page.getByTestId("attention-filter")).toHaveCount(0);
});

test("a home page counts its families, the same number the full list has", async ({ page }) => {
  await login(page, "coordinator");
  const text = (await page.getByTestId("home-family-count").textContent()) ?? "";
  const total = Number(text.match(/(\d+) familier$/)?.[1]);
  expect(total).toBeGreaterThan(0);
  await page.goto("/families");
  await expect(page.getByTestId("family-count")).toHaveText(`${total} familier`);
});
