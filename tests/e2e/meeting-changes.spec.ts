import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { login } from "./support";

function isoDay(offsetDays: number) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(d);
}

const parseIcs = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevent = cal.getFirstSubcomponent("vevent")!;
  return { method: cal.getFirstPropertyValue("method"), status: vevent.getFirstPropertyValue("status"), event: new ICAL.Event(vevent) };
};

test("a meeting called from the meetings list is moved and then cancelled; the invited therapist sees each change", async ({ browser }) => {
  const co = await (await browser.newContext()).newPage();
  await login(co, "coordinator");
  await co.getByTestId("all-meetings").click();
  await expect(co).toHaveURL(/\/meetings$/);
  await co.getByTestId("call-meeting").click();
  await co.getByLabel("Søg efter familie eller sagsnummer").fill("Nielsen");
  await co.getByRole("button", { name: "Søg" }).click();
  await co.getByRole("link", { name: "Indkald til møde om Familien Nielsen" }).click();
  const mf = co.getByTestId("meeting-form");
  await mf.getByLabel("Dato").fill(isoDay(4));
  await mf.getByLabel("Formål").fill("Skoleskift");
  await mf.getByLabel(/Jonas Kjær/).check();
  await mf.getByRole("button", { name: "Indkald til mødet" }).click();
  await expect(co.getByRole("heading", { level: 1 })).toHaveText("Skoleskift");
  const meetingUrl = co.url();
  const icsHref = await co.getByTestId("ics-link").getAttribute("href") as string;
  const first = parseIcs(await (await co.request.get(icsHref)).text());

  // Moved a day later and to another room.
  const move = co.getByTestId("reschedule-form");
  await move.getByLabel("Dato").fill(isoDay(5));
  await move.getByLabel("Sted").fill("Skolen, lokale 3");
  await move.getByRole("button", { name: "Gem tid og sted" }).click();
  await expect(co.getByTestId("meeting-changed")).toBeVisible();
  const moved = parseIcs(await (await co.request.get(icsHref)).text());
  expect(moved.event.uid).toBe(first.event.uid);
  expect(moved.event.sequence).toBeGreaterThan(first.event.sequence);
  expect(moved.event.startDate.toString()).toBe(`${isoDay(5)}T09:00:00`);

  const th = await (await browser.newContext()).newPage();
  await login(th, "therapist");
  await expect(th.getByTestId("my-meetings").getByRole("listitem").filter({ hasText: "Skoleskift" }).getByTestId("meeting-status")).toHaveText("Ændret");
  await th.goto(meetingUrl);
  await expect(th.getByTestId("meeting-changed")).toBeVisible();
  await expect(th.getByTestId("reschedule-form")).toHaveCount(0);

  // Cancelled with a reason: the therapist still sees it, as cancelled, and the calendar file cancels it.
  const cancel = co.getByTestId("cancel-meeting-form");
  await cancel.getByLabel("Begrundelse for aflysningen").fill("Skolen kan ikke den dag");
  await cancel.getByRole("button", { name: "Aflys mødet" }).click();
  await expect(co.getByTestId("meeting-cancelled")).toContainText("Skolen kan ikke den dag");
  await th.goto("/therapist");
  await expect(th.getByTestId("my-meetings").getByRole("listitem").filter({ hasText: "Skoleskift" }).getByTestId("meeting-status")).toHaveText("Aflyst");
  await th.goto(meetingUrl);
  await expect(th.getByTestId("meeting-cancelled")).toContainText("Skolen kan ikke den dag");
  const cancelled = parseIcs(await (await th.request.get(icsHref)).text());
  expect(cancelled).toMatchObject({ method: "CANCEL", status: "CANCELLED" });
  expect(cancelled.event.uid).toBe(first.event.uid);
  expect(cancelled.event.sequence).toBeGreaterThan(moved.event.sequence);
});
