import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

// The therapist's voice on the plan (issue 10, item 6) and discarding a draft (item 8), through the
// UI only, on a family of its own so the demo families other specs rely on keep their plans.

async function familyWithAgreedPlan(cw: Page, name: string) {
  await cw.goto("/families/new");
  await cw.getByLabel("Familiens navn").fill(name);
  await cw.getByLabel("Familiebehandler").selectOption({ label: "Jonas Kjær" });
  await cw.getByTestId("parent-fields").getByLabel("Navn").fill(`Forælder ${name}`);
  await cw.getByTestId("child-fields").getByLabel("Navn").fill(`Barn ${name}`);
  await cw.getByTestId("child-fields").getByLabel("Fødselsdato").fill("2018-05-01");
  await cw.getByRole("button", { name: "Indskriv familien" }).click();
  await expect(cw.getByRole("heading", { level: 1 })).toHaveText(name);
  await cw.getByRole("link", { name: "Forældrehandleplan" }).click();
  await cw.getByTestId("goal-row").nth(0).getByLabel("Kort titel").fill("Rolige samvær");
  await cw.getByRole("button", { name: "Gem udkast" }).click();
  await expect(cw.getByRole("status")).toHaveText("Udkastet er gemt.");
  await cw.getByRole("button", { name: "Registrér aftale med forældrene" }).click();
  await expect(cw.getByTestId("agreed-plan")).toContainText("Rolige samvær");
  // The page's path: after the save the address also carries the notice.
  return new URL(cw.url()).pathname;
}

test("the therapist proposes, the caseworker takes one into a draft and declines one with a reason; the draft can be discarded", async ({ browser }) => {
  const name = `Familien Forslag ${Date.now().toString(36)}`;
  const cw = await (await browser.newContext()).newPage();
  await login(cw, "caseworker");
  const familyUrl = await familyWithAgreedPlan(cw, name);

  const th = await (await browser.newContext()).newPage();
  await login(th, "therapist");
  await th.goto(familyUrl);
  const propose = th.getByTestId("propose-form");
  await expect(propose).toContainText("version 1");
  await propose.getByLabel("Hvilket mål handler det om?").selectOption({ label: "Rolige samvær" });
  await propose.getByRole("button", { name: "Send forslaget" }).click();
  await expect(propose.getByTestId("field-error")).toBeVisible();
  await propose.getByLabel("Dit forslag").fill("Samværet kunne ligge om lørdagen.");
  await propose.getByRole("button", { name: "Send forslaget" }).click();
  await expect(th.getByRole("status")).toHaveText("Forslaget er sendt til rådgiveren.");
  await th.getByTestId("propose-form").getByLabel("Dit forslag").fill("Et mål om skolegang.");
  await th.getByTestId("propose-form").getByRole("button", { name: "Send forslaget" }).click();
  await expect(th.getByTestId("plan-proposal")).toHaveCount(2);

  // The caseworker sees both open proposals in the plan editor and takes the first into a new draft.
  await cw.goto(`${familyUrl}/plan`);
  const open = cw.getByTestId("plan-proposals");
  await expect(open.getByTestId("plan-proposal")).toHaveCount(2);
  const saturday = open.getByTestId("plan-proposal").filter({ hasText: "lørdagen" });
  await expect(saturday).toContainText("Om målet: Rolige samvær");
  await saturday.getByRole("button", { name: "Tag med i udkastet" }).click();
  await expect(cw.getByRole("status")).toHaveText("Forslaget er taget med i udkastet til næste version.");
  await expect(cw.getByText("Du redigerer udkastet (version 2).")).toBeVisible();
  await expect(cw.getByTestId("proposals-in-draft")).toContainText("lørdagen");

  // Declining needs a reason.
  const school = cw.getByTestId("plan-proposal").filter({ hasText: "skolegang" });
  await school.getByText("Afvis med en begrundelse").click();
  await school.getByRole("button", { name: "Afvis forslaget" }).click();
  await expect(school.getByTestId("field-error")).toBeVisible();
  await school.getByLabel("Begrundelse til familiebehandleren").fill("Skolen er med i barnets plan.");
  await school.getByRole("button", { name: "Afvis forslaget" }).click();
  await expect(cw.getByRole("status")).toHaveText("Forslaget er afvist. Familiebehandleren kan se begrundelsen.");

  // The therapist reads both outcomes.
  await th.reload();
  await expect(th.getByTestId("plan-proposal").filter({ hasText: "lørdagen" }).getByTestId("proposal-status")).toHaveText("Taget med");
  const declined = th.getByTestId("plan-proposal").filter({ hasText: "skolegang" });
  await expect(declined.getByTestId("proposal-status")).toHaveText("Afvist");
  await expect(declined).toContainText("Skolen er med i barnets plan.");

  // The caseworker discards the draft; the agreed plan stays and the draft notice goes.
  await cw.goto(`${familyUrl}/plan`);
  await cw.getByTestId("discard-draft-form").getByRole("button", { name: "Kassér udkastet" }).click();
  await expect(cw.getByRole("status")).toHaveText("Udkastet er kasseret. Den aftalte plan gælder uændret.");
  await cw.goto(familyUrl);
  await expect(cw.getByTestId("draft-notice")).toHaveCount(0);
  await expect(cw.getByTestId("agreed-plan")).toContainText("Rolige samvær");
  await expect(cw.getByTestId("plan-proposal").filter({ hasText: "lørdagen" })).toContainText("Udkastet er siden kasseret.");

  // The parents' printed copy says whom to contact.
  await cw.getByRole("link", { name: "Udskriv planen" }).click();
  await expect(cw.getByTestId("plan-contacts")).toContainText("Jonas Kjær");
  await expect(cw.getByTestId("plan-contacts")).toContainText("therapist@demo.local");
});
