import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { login } from "./support";

function isoDay(offsetDays: number) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(d);
}

test("contact plan from caseworker to site to consultant, and a meeting that the invited see and can put in their calendar", async ({ browser }) => {
  // The caseworker sets a weekly contact plan for Freja, placed with Plejefamilien Lund, from a week ago.
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  await cw.goto("/families");
  await cw.getByRole("link", { name: "Familien Nielsen" }).click();
  await cw.getByTestId("children").getByRole("link", { name: "Samværsplan" }).first().click();
  const form = cw.getByTestId("contact-plan-form");
  await form.getByLabel("Gælder fra").fill(isoDay(-7));
  await form.getByLabel("Sted").fill("Familiehuset, Storegade 4");
  await form.getByRole("button", { name: "Gem samværsplan" }).click();
  await expect(cw.getByTestId("contact-plan-current")).toContainText("Familiehuset, Storegade 4");

  // The site sees it and records the session that has taken place.
  const site = await (await browser.newContext()).newPage();
  await login(site, "site");
  await site.getByTestId("site-children").getByRole("link", { name: "Freja Nielsen" }).click();
  await expect(site.getByTestId("site-contact-plan")).toContainText("Familiehuset, Storegade 4");
  await expect(site.getByText("forældrehandleplan", { exact: false })).toHaveCount(0);
  const first = site.locator("[data-testid^=session-form-]").first();
  await first.getByLabel("Kort observation").fill("Freja og far legede i haven.");
  await first.getByRole("button", { name: "Registrér" }).click();
  await expect(site.getByTestId("recorded-sessions")).toContainText("Freja og far legede i haven.");

  // The consultant sees the count.
  const cons = await (await browser.newContext()).newPage();
  await login(cons, "consultant");
  await cons.getByTestId("consultant-sites").getByRole("link", { name: "Plejefamilien Lund" }).click();
  const freja = cons.getByTestId("consultant-child").filter({ hasText: "Freja Nielsen" });
  await expect(freja.getByTestId("count-held")).toHaveText("1");

  // The coordinator calls a meeting and invites the caseworker and the therapist.
  const co = await (await browser.newContext()).newPage();
  await login(co, "coordinator");
  await co.goto("/families");
  await co.getByRole("link", { name: "Familien Nielsen" }).click();
  await co.getByRole("link", { name: "Indkald til tværfagligt møde" }).click();
  const mf = co.getByTestId("meeting-form");
  await mf.getByLabel("Dato").fill(isoDay(3));
  await mf.getByLabel("Formål").fill("Samvær i julen");
  await mf.getByLabel("Dagsorden").fill("Juleaften\nNytår");
  await mf.getByLabel(/Mette Rasmussen/).check();
  await mf.getByLabel(/Jonas Kjær/).check();
  await mf.getByRole("button", { name: "Indkald til mødet" }).click();
  await expect(co.getByRole("heading", { level: 1 })).toHaveText("Samvær i julen");

  const ics = await co.request.get(await co.getByTestId("ics-link").getAttribute("href") as string);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const component = new ICAL.Component(ICAL.parse(await ics.text()));
  const event = new ICAL.Event(component.getFirstSubcomponent("vevent")!);
  expect(event.summary).toContain("Samvær i julen");
  expect(event.startDate.toString()).toBe(`${isoDay(3)}T09:00:00`);
  expect(event.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Copenhagen");
  expect(component.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Copenhagen");

  for (const [page, who] of [[cw, "caseworker"], [await (await browser.newContext()).newPage(), "therapist"]] as const) {
    if (who === "therapist") await login(page, "therapist");
    else await page.goto("/caseworker");
    await expect(page.getByTestId("my-meetings")).toContainText("Samvær i julen");
  }
});
