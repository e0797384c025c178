import { expect, test } from "@playwright/test";
import { login } from "./support";

// Every case URL of the app, opened by a placement-site user for a family whose child is placed
// elsewhere (Familien Petersen, at Opholdsstedet Solbakken): all must answer 404 and show nothing.
test("a placement site reaches no case URL of a child placed elsewhere", async ({ browser }) => {
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families");
  await cw.getByRole("link", { name: "Familien Petersen" }).click();
  const familyPath = new URL(cw.url()).pathname;
  const contactPath = new URL(await cw.getByTestId("children").getByRole("link", { name: "Samværsplan" }).first().getAttribute("href") as string, cw.url()).pathname;
  const childId = contactPath.split("/")[4]!;
  await cw.goto("/caseworker");
  const meetingPath = new URL(await cw.getByTestId("my-meetings").getByRole("link").first().getAttribute("href") as string, cw.url()).pathname;
  await cw.goto("/matching");
  const matchingPath = new URL(await cw.getByTestId("matching-cases").getByRole("link", { name: "Oskar Berg" }).getAttribute("href") as string, cw.url()).pathname;

  const site = await (await browser.newContext()).newPage();
  await login(site, "site");
  const urls = [
    familyPath, `${familyPath}/plan`, `${familyPath}/follow-up`, `${familyPath}/print`, `${familyPath}/edit`, `${familyPath}/meetings/new`,
    contactPath, `/site/children/${childId}`, meetingPath, `/api/meetings/${meetingPath.split("/")[2]}/ics`,
    "/families", "/families/new", "/caseworker", "/therapist", "/coordinator", "/coordinator/overview", "/coordinator/statistics", "/api/statistics/export", "/audit", "/consultant", "/admin", "/admin/users", "/admin/users/handover", "/admin/settings",
    "/matching", "/matching/new", matchingPath, `${matchingPath}/candidates`, `${matchingPath}/decision`, `${matchingPath}/first-year`,
  ];
  for (const url of urls) {
    const response = await site.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(site.locator("body")).not.toContainText("Noah");
    await expect(site.locator("body")).not.toContainText("Louise Petersen");
    await expect(site.locator("body")).not.toContainText("Oskar Berg");
  }
});
