// Records, once per kind of save, the exact server-action request a real browser sends: Chromium
// opens the form with the benchmark user's session cookie, fills it in, submits it, and we keep the
// POST (URL, headers incl. Next-Action, multipart body) and check that it succeeded.
import { chromium, type Page, type Request } from "@playwright/test";
import type { RecordedAction } from "./actions";
import type { Session } from "./http";

export type SaveKind = "follow-up" | "plan";

const FORMS: Record<SaveKind, { path: (id: string) => string; testId: string; redirect: (id: string) => string }> = {
  "follow-up": { path: (id) => `/families/${id}/follow-up`, testId: "follow-up-form", redirect: (id) => `/families/${id}?followUp=1` },
  plan: { path: (id) => `/families/${id}/plan`, testId: "plan-editor", redirect: (id) => `/families/${id}/plan?saved=1` },
};

export function formPath(kind: SaveKind, familyId: string): string {
  return FORMS[kind].path(familyId);
}

export function expectedRedirect(kind: SaveKind, familyId: string): string {
  return FORMS[kind].redirect(familyId);
}

async function fill(kind: SaveKind, page: Page): Promise<void> {
  const form = page.getByTestId(FORMS[kind].testId);
  if (kind === "follow-up") {
    const ratings = form.locator('input[name$=".rating"]');
    for (let i = 0; i < (await ratings.count()); i++) await ratings.nth(i).fill(String(5 + (i % 3)));
    await form.locator('input[name="withWhom"]').fill("Mor og far (benchmark)");
    await form.locator('textarea[name="agreedUntilNext"]').fill("Benchmark: optaget af en browser.");
  } else {
    const account = form.locator('textarea[name="parentsAccount"]');
    await account.fill(`${(await account.inputValue()).replace(/ \[bench[^\]]*\]$/, "")} [bench recorded]`);
  }
}

export async function recordSave(kind: SaveKind, session: Session, familyId: string, log: (m: string) => void): Promise<RecordedAction> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ locale: "da-DK" });
    const origin = session.client.base.origin;
    await context.addCookies([...session.jar.cookies].map(([name, value]) => ({ name, value, url: origin })));
    const page = await context.newPage();
    const path = formPath(kind, familyId);
    const res = await page.goto(new URL(path, origin).toString(), { waitUntil: "networkidle" });
    if (res?.status() !== 200) throw new Error(`${path} answered ${res?.status()} in the browser`);
    if (new URL(page.url()).pathname !== path) throw new Error(`${path} led the browser to ${page.url()}`);
    await page.getByTestId(FORMS[kind].testId).waitFor();
    await fill(kind, page);

    const posted = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"], { timeout: 60_000 });
    await page.getByTestId(FORMS[kind].testId).locator('button[type="submit"]').click();
    const request = await posted;
    const response = await request.response();
    if (!response) throw new Error("the browser's action request got no response");
    const headers = await request.allHeaders();
    const body = request.postDataBuffer();
    if (!body) throw new Error("the browser's action request had no body");
    const responseHeaders = await response.allHeaders();
    let bodyStart = "";
    try {
      bodyStart = (await response.text()).slice(0, 400);
    } catch {
      // a streamed body the page has consumed may no longer be available
    }
    const redirect = expectedRedirect(kind, familyId);
    await page.waitForURL((u) => `${u.pathname}${u.search}` === redirect, { timeout: 60_000 });
    const url = new URL(request.url());
    log(`recorded the browser's ${kind} save: POST ${url.pathname} (Next-Action ${headers["next-action"]?.slice(0, 12)}…, ${headers["content-type"]?.split(";")[0]}, ` +
      `${body.length} bytes) → ${response.status()} x-action-redirect: ${responseHeaders["x-action-redirect"] ?? "none"}`);
    return {
      path: `${url.pathname}${url.search}`,
      headers,
      contentType: headers["content-type"] ?? "",
      body,
      familyId,
      response: { status: response.status(), headers: responseHeaders, bodyStart },
    };
  } finally {
    await browser.close();
  }
}
