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

// The parent (Thomas Jensen): every staff URL, of his own family and of another, is "not found" and shows
// nothing; every portal page opens and shows none of what a parent must never see.
test("a parent reaches no staff URL, and the portal shows nothing of the other parent, the site or other families", async ({ browser }) => {
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  const paths: string[] = [];
  for (const family of ["Familien Jensen", "Familien Petersen"]) {
    await cw.goto("/families");
    await cw.getByRole("link", { name: family }).click();
    const familyPath = new URL(cw.url()).pathname;
    const contact = cw.getByTestId("children").getByRole("link", { name: "Samværsplan" }).first();
    const contactPath = new URL(await contact.getAttribute("href") as string, cw.url()).pathname;
    paths.push(familyPath, `${familyPath}/plan`, `${familyPath}/follow-up`, `${familyPath}/print`, `${familyPath}/edit`, `${familyPath}/meetings/new`, contactPath, `/site/children/${contactPath.split("/")[4]}`);
  }
  await cw.goto("/caseworker");
  const meetingPath = new URL(await cw.getByTestId("my-meetings").getByRole("link").first().getAttribute("href") as string, cw.url()).pathname;
  await cw.goto("/matching");
  const matchingPath = new URL(await cw.getByTestId("matching-cases").getByRole("link", { name: "Oskar Berg" }).getAttribute("href") as string, cw.url()).pathname;

  const parent = await (await browser.newContext()).newPage();
  await login(parent, "parent");
  const NEVER = ["Louise", "Lindevej", "28 76 54 32", "Skovvej", "55 12 34 56", "Familien Petersen", "Familien Hansen", "Familien Larsen", "Oskar Berg", "Noah"];
  const staff = [
    ...paths, meetingPath, `/api/meetings/${meetingPath.split("/")[2]}/ics`, matchingPath, `${matchingPath}/candidates`, `${matchingPath}/decision`,
    "/families", "/families/new", "/journal", "/audit", "/matching", "/matching/new", "/notifications", "/site/referrals", "/api/statistics/export",
    "/caseworker", "/therapist", "/consultant", "/site", "/coordinator", "/coordinator/overview", "/coordinator/statistics", "/admin", "/admin/sites", "/admin/settings",
  ];
  for (const url of staff) {
    const response = await parent.goto(url);
    expect(response?.status(), url).toBe(404);
    for (const text of NEVER) await expect(parent.locator("body"), `${url}: ${text}`).not.toContainText(text);
  }
  for (const url of ["/portal", "/portal/plan", "/portal/rate", "/portal/file-access", "/profile"]) {
    const response = await parent.goto(url);
    expect(response?.status(), url).toBe(200);
    const body = await parent.locator("body").innerText();
    for (const text of NEVER) expect(body, `${url}: ${text}`).not.toContain(text);
  }
  // The calendar file is a download: fetched with the parent's session.
  const ics = await parent.request.get("/api/portal/calendar");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  for (const text of NEVER) expect(await ics.text(), `calendar: ${text}`).not.toContain(text);
});
