import { spawn } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../e2e/support";
import { smtpInbox } from "../support/smtp-inbox";

// Two instances of the app on one PostgreSQL database (playwright.instances.config.ts): what a
// deployment with several machines behind one proxy relies on.
const A = process.env.INSTANCE_A!;
const B = process.env.INSTANCE_B!;

async function loginAt(page: Page, origin: string, who: keyof typeof DEMO, password = DEMO_PASSWORD) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("E-mail").fill(DEMO[who].email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

test("a login on one instance continues on the other, and logging out on one ends it on both", async ({ page }) => {
  await loginAt(page, A, "caseworker");
  await expect(page).toHaveURL(`${A}/caseworker`);
  await page.goto(`${B}/families`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Familien Jensen" })).toBeVisible();

  await page.goto(`${B}/caseworker`);
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${A}/families`);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("link", { name: "Familien Jensen" })).toHaveCount(0);
});

test("failed logins on one instance lock the login on the other", async ({ browser, playwright }) => {
  // Six wrong passwords for the therapist from this address, each answered before the next, on A.
  const attacker = await playwright.request.newContext({ baseURL: A, extraHTTPHeaders: { Origin: A } });
  for (let i = 0; i < 6; i++) {
    const { csrfToken } = await (await attacker.get("/api/auth/csrf")).json() as { csrfToken: string };
    const res = await attacker.post("/api/auth/callback/credentials", { form: { csrfToken, email: DEMO.therapist.email, password: "not-the-password", json: "true" }, maxRedirects: 0 });
    expect(res.status()).toBeLessThan(500);
  }
  await attacker.dispose();
  const owner = await browser.newPage();
  await loginAt(owner, B, "therapist");
  await expect(owner.getByText("For mange mislykkede forsøg. Vent lidt, og prøv igen.")).toBeVisible();
  await expect(owner).toHaveURL(/\/login/);
});

/** `npm run reminders:send` as its own process against the instances' database; what it printed. */
function sendReminders(env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/send-reminders.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`reminders:send exited ${code}: ${out}`))));
  });
}

test("two reminder senders running at once mail each user's reminders once", async () => {
  test.setTimeout(240_000);
  const smtp = smtpInbox();
  await smtp.start();
  try {
    smtp.on(A);
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("schema", process.env.INSTANCES_SCHEMA!);
    const env = { ...process.env, DATABASE_URL: url.toString() };
    const printed = await Promise.all([sendReminders(env), sendReminders(env)]);
    const sent = printed.map((p) => Number(/Sent (\d+) reminder/.exec(p)?.[1] ?? "NaN"));
    const recipients = smtp.inbox.flatMap((m) => m.to);
    // The demo's caseworker has missed follow-ups to be reminded of.
    expect(recipients).toContain(DEMO.caseworker.email);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(sent[0]! + sent[1]!).toBe(smtp.inbox.length);
    // A third run finds nothing new.
    expect(await sendReminders(env)).toContain("Sent 0 reminder e-mails");
    expect(smtp.inbox.length).toBe(sent[0]! + sent[1]!);
  } finally {
    await smtp.stop();
  }
});
