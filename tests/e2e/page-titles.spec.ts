import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, login } from "./support";
import { expectNoAxeViolations } from "./axe";

// WCAG 2.4.2: every page a role can reach has its own title, "<page> – Forældrestøtte"; and WCAG 1.4.10:
// read on a 320 px wide screen it does not scroll sideways. The pages are the ones the app itself links
// to: each role's menu and every link found from there (a crawl, so a page added later is checked
// without a second list to maintain), at most two records per route. On each page the text a person reads
// holds no ISO date ("2026-12-01") and no raw code ("START_UP", "ACCESS_DENIED"): words and dates, in Danish.

const SUFFIX = " – Forældrestøtte";
const NOT_FOUND = `Ikke fundet${SUFFIX}`;
const MAX_PER_ROUTE = 2;
const MAX_PAGES = 90;
const PHONE = { width: 320, height: 640 };
const DESK = { width: 1280, height: 900 };
// Print views are laid out for paper, not for a phone.
const PAPER = /\/print$/;

/** A record id (cuid) in a path becomes ":id", so /families/ck…/plan and /families/cl…/plan are one route. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_CODE = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/;

// A client component whose page did not send it its namespace shows the key instead ("people.addChild"):
// src/i18n/client-messages.ts. Any "<namespace>.<key>" in the text is such a miss.
const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../src/i18n/messages");
const NAMESPACES = [...new Set(readdirSync(MESSAGES_DIR).filter((f) => f.endsWith("da.json"))
  .flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(MESSAGES_DIR, f), "utf8")) as object)))];
const MESSAGE_KEY = new RegExp(`(?<![@\\w.])(?:${NAMESPACES.join("|")})\\.[a-z][A-Za-z]+\\b`);

async function checkReadableText(page: Page, where: string) {
  const text = await page.locator("body").innerText();
  expect(text.match(ISO_DATE)?.[0], `${where} shows an ISO date`).toBeUndefined();
  expect(text.match(RAW_CODE)?.[0], `${where} shows a raw code`).toBeUndefined();
  expect(text.match(MESSAGE_KEY)?.[0], `${where} shows a message key, not its text`).toBeUndefined();
}

const routeOf = (path: string) => path.split("/").map((s) => (/^[a-z0-9]{20,}$/.test(s) && /\d/.test(s) ? ":id" : s)).join("/");

async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs
    .map((h) => new URL(h))
    .filter((u) => u.origin === origin && !u.pathname.startsWith("/api/") && u.pathname !== "/" && u.pathname !== "/login")
    .map((u) => u.pathname);
}

async function crawl(page: Page, home: string) {
  const visited = new Map<string, string>(); // path -> title
  const perRoute = new Map<string, number>();
  // Parents have no reminders (their portal shows what comes next), so no notifications page.
  const queue = [home, "/profile", ...(home === "/portal" ? [] : ["/notifications"])];
  while (queue.length > 0 && visited.size < MAX_PAGES) {
    const path = queue.shift()!;
    const route = routeOf(path);
    if (visited.has(path) || (perRoute.get(route) ?? 0) >= MAX_PER_ROUTE) continue;
    perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expect(page.locator("h1").first()).toBeVisible();
    const title = await page.title();
    visited.set(path, title);
    await checkReadableText(page, path);
    if (!PAPER.test(path)) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
    // axe on the first page of each route, at a phone's 320 px and a desk's 1280 px (a wide layout can fail
    // where a phone's does not). The second record of a route is the same template with other data: its
    // title, words and reflow are checked above; axe on it too made the caseworker's crawl run past 7 minutes.
    if (perRoute.get(route) === 1) {
      await expectNoAxeViolations(page, `${path} at 320 px`);
      await page.setViewportSize(DESK);
      await expectNoAxeViolations(page, `${path} at 1280 px`);
      await page.setViewportSize(PHONE);
    }
    queue.push(...(await internalLinks(page)));
  }
  return visited;
}

function checkTitles(who: string, visited: Map<string, string>) {
  const routeByTitle = new Map<string, string>();
  for (const [path, title] of visited) {
    expect(title, `${who} ${path}`).toMatch(new RegExp(`^\\S.*${SUFFIX}$`));
    expect(title, `${who} ${path}`).not.toBe(NOT_FOUND);
    const route = routeOf(path);
    const other = routeByTitle.get(title);
    // Two different pages never share a title; two records of one route may.
    expect(other === undefined || other === route, `${who}: "${title}" is the title of ${other} and ${route}`).toBe(true);
    routeByTitle.set(title, route);
  }
  // A family's pages carry the family's name, the family page's own heading.
  for (const [path, title] of visited) {
    const family = path.match(/^\/families\/([a-z0-9]{20,})\/./)?.[1];
    const familyTitle = family && visited.get(`/families/${family}`);
    if (familyTitle) expect(title, `${who} ${path}`).toContain(familyTitle.slice(0, -SUFFIX.length));
  }
}

for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  test(`every page of the ${who} has its own title, reflows at 320 px, reads in words and passes axe at 320 and 1280 px`, async ({ browser }) => {
    // Up to 90 pages, axe on each route: the caseworker's took 6.1 minutes in CI beside the other worker's
    // journeys (3.2 alone), so the limit is a guard against a hang, not a speed target.
    test.setTimeout(600_000);
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await login(page, who);
    const visited = await crawl(page, DEMO[who].home);
    checkTitles(who, visited);
    // The crawl reached more than the menu: the record pages of the role.
    const routes = new Set([...visited.keys()].map(routeOf));
    if (who === "caseworker") {
      for (const r of ["/families/:id", "/families/:id/plan", "/families/:id/edit", "/families/:id/follow-up", "/families/:id/meetings/new", "/families/:id/print", "/families/:id/children/:id/contact", "/families/new", "/audit", "/journal"]) {
        expect(routes, r).toContain(r);
      }
    }
    if (who === "caseworker" || who === "consultant") {
      for (const r of ["/matching", "/matching/:id", "/matching/:id/candidates", "/matching/:id/candidates/:id", "/matching/:id/decision", "/matching/:id/first-year"]) expect(routes, r).toContain(r);
    }
    if (who === "site") for (const r of ["/site/children/:id", "/site/referrals", "/site/referrals/:id"]) expect(routes, r).toContain(r);
    if (who === "consultant") expect(routes).toContain("/consultant/sites/:id");
    if (who === "parent") for (const r of ["/portal", "/portal/plan", "/portal/rate", "/portal/file-access", "/profile"]) expect(routes, r).toContain(r);
  });
}

test("a family out of reach has the not-found title, never the family's name", async ({ browser }) => {
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families");
  await cw.getByRole("link", { name: "Familien Petersen" }).click();
  await expect(cw.getByRole("heading", { level: 1, name: "Familien Petersen" })).toBeVisible();
  await expect(cw).toHaveTitle(`Familien Petersen${SUFFIX}`);
  const familyPath = new URL(cw.url()).pathname;
  const contactPath = new URL(await cw.getByTestId("children").getByRole("link", { name: "Samværsplan" }).first().getAttribute("href") as string, cw.url()).pathname;

  const site = await (await browser.newContext()).newPage();
  await login(site, "site");
  for (const url of [familyPath, `${familyPath}/plan`, `${familyPath}/follow-up`, `${familyPath}/print`, `${familyPath}/edit`, `${familyPath}/meetings/new`, contactPath, "/families/nope", "/no-such-page"]) {
    expect((await site.goto(url))?.status(), url).toBe(404);
    await expect(site, url).toHaveTitle(NOT_FOUND);
  }
});

test("the title and the page read a family once: one audit row per page view", async ({ page }) => {
  // Page loads only: the router's prefetches of a page's links (the plan print, the page itself with
  // ?followUps=all) are requests of their own that read the family too, possibly after a count.
  await page.route(() => true, (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  await login(page, "caseworker");
  // Familien Andersen: no other browser test opens it, so its rows are this test's own.
  await page.goto("/families");
  await page.getByRole("link", { name: "Familien Andersen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Familien Andersen" })).toBeVisible();
  const familyPath = new URL(page.url()).pathname;
  const familyId = familyPath.split("/")[2]!;
  const views = async () => {
    await page.goto(`/audit?familyId=${familyId}&action=VIEW`);
    await expect(page.getByRole("heading", { level: 1, name: "Logning" })).toBeVisible();
    return page.getByTestId("audit-table").locator("tbody tr").filter({ hasText: "caseworker@demo.local" }).filter({ hasText: `Familie ${familyId.slice(0, 12)}` }).count();
  };
  const before = await views();
  await page.goto(familyPath);
  await expect(page).toHaveTitle(`Familien Andersen${SUFFIX}`);
  expect(await views()).toBe(before + 1);
});

test("after a menu link the new page's heading has the focus, not on the first load", async ({ page }) => {
  await login(page, "caseworker");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toBeFocused();
  // A link clicked before the page is hydrated is an ordinary page load (focus starts at the top, rightly);
  // the logout button is enabled once React has taken over, so the click below is a client navigation.
  await expect(page.getByRole("button", { name: "Log ud" })).toBeEnabled();
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await menu.getByRole("link", { name: "Familier" }).click();
  await expect(page).toHaveURL(/\/families$/);
  await expect(page.getByRole("heading", { level: 1, name: "Familier" })).toBeFocused();
  await expect(page).toHaveTitle(`Familier${SUFFIX}`);
  await menu.getByRole("link", { name: "Journal" }).click();
  await expect(page).toHaveURL(/\/journal$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});
