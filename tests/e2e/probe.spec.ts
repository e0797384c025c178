import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support";

// The hostile-input probe: every route of the production build × every role (and nobody) × a list
// of malformed path segments and query values, and every server action of the build (ids read from
// its server-reference manifest, so a new action is covered without touching this file) × hostile
// form names and undecodable bodies. Nothing may answer 5xx, and afterwards the process must still
// render pages and report itself healthy. Prints the figures docs/security.md quotes.

const BUILD = path.join(process.cwd(), ".next", "server");
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;

const SEGMENTS = [
  "x", "0", "-1", "9223372036854775808", "%", "%zz", "a%00b", "%E0%A4%A", "..%2F..%2Fetc%2Fpasswd", "'%20OR%201%3D1--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a".repeat(300), "__proto__", "constructor", "%C0%AE", "null", "%F0%9F%98%80",
];
const QUERY_KEYS = ["q", "before", "action", "familyId", "page", "sort", "dir", "phase", "status", "filter", "period", "from", "to", "followUps", "callbackUrl", "error", "due", "site"];
const QUERY_VALUES = ["", "%", "a%00b", "9223372036854775808", "-1", "1e309", "NaN", "%3Cscript%3E", "x".repeat(2000), "%5B%5D", "__proto__", "javascript%3Aalert(1)", "%2F%2Fevil.example"];

/** "/(app)/families/[id]/page" -> "/families/[id]"; route groups and the page/route suffix go. */
function routeOf(entry: string): string {
  const parts = entry.split("/").filter((p) => p && !(p.startsWith("(") && p.endsWith(")")) && p !== "page" && p !== "route");
  return "/" + parts.join("/");
}

function routes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return [...new Set(Object.keys(manifest).filter((k) => !k.includes("_global-error") && !k.includes("_not-found")).map(routeOf))].sort();
}

function actions(): { id: string; path: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "server-reference-manifest.json"), "utf8")) as { node: Record<string, { workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, { workers }]) => {
    const worker = Object.keys(workers).sort((a, b) => a.length - b.length)[0]!;
    return { id, path: routeOf(worker.replace(/^app/, "")).replace(/\[\.{0,3}[^\]]+\]/g, "x") };
  });
}

async function signedIn(who: keyof typeof DEMO | null): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (!who) return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json() as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: DEMO[who].email, password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  expect(res.status(), `login ${who}`).toBeLessThan(400);
  expect((await ctx.storageState()).cookies.some((c) => c.name.includes("session-token")), `session cookie for ${who}`).toBe(true);
  return ctx;
}

/**
 * A family of the demo the caseworker sees. The caseworker's own probe may end this login at any
 * moment (it posts "end my other sessions"), so a login that lost its session is tried again.
 */
async function demoFamilyId(): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const caseworker = await signedIn("caseworker");
    const id = /href="\/families\/([A-Za-z0-9_-]{8,})"/.exec(await (await caseworker.get("/families")).text())?.[1];
    await caseworker.dispose();
    if (id) return id;
  }
  throw new Error("no demo family for the caseworker");
}

/** The route with its dynamic segments filled: a real family of the demo where there is one, else "x". */
function filled(route: string, familyId: string): string {
  return route.replace(/^\/families\/\[id\]/, `/families/${familyId}`).replace(/\[\.{0,3}[^\]]+\]/g, "x");
}

// On PostgreSQL (CI's second pass) each key alone is left out: the same parsing code answers as on the
// embedded database, which gets them all; every value still goes in with all keys at once.
const SINGLE_KEYS = !(process.env.DATABASE_URL ?? "").startsWith("postgres");

/**
 * Malformed segments for a dynamic route; every hostile value in all query keys at once; and, only
 * where this role reaches the page (so the page really reads its query), each key alone, since a
 * page that validates its query as a whole would otherwise never see one hostile value beside
 * valid ones. Each key alone gets a third of the values per route and role (`round`): the roles that
 * reach a page share the three rounds, each sending one, instead of each sending all three.
 */
function urlsFor(route: string, base: string, reachable: boolean, round: number): string[] {
  const out: string[] = [];
  if (/\[[^\]]+\]/.test(route)) for (const s of SEGMENTS) out.push(route.replace(/\[\.{0,3}[^\]]+\]/g, s));
  // A page the role cannot reach answers before it reads its query: two values are enough there.
  for (const v of reachable ? QUERY_VALUES : QUERY_VALUES.slice(3, 5)) out.push(`${base}?${QUERY_KEYS.map((k) => `${k}=${v}`).join("&")}`);
  if (!reachable) return out;
  out.push(`${base}?${QUERY_KEYS.map((k) => `${k}=a&${k}=b`).join("&")}`);
  if (SINGLE_KEYS) QUERY_KEYS.forEach((k, i) => out.push(`${base}?${k}=${QUERY_VALUES[(i * 3 + round) % QUERY_VALUES.length]}`));
  return out;
}

const HOSTILE_NAMES = ["hasOwnProperty.call", "toString.x", "valueOf.a.b", "__proto__.polluted", "constructor.prototype.polluted", "parents.0.__proto__.x"];

interface ActionBody { label: string; headers: Record<string, string>; multipart?: FormData; data?: string }

function actionBodies(id: string): ActionBody[] {
  const flight = new FormData();
  flight.append("0", JSON.stringify(["$K1", "$K1"]));
  for (const name of HOSTILE_NAMES) flight.append(`1_${name}`, "x");
  const noScript = new FormData();
  noScript.append(`$ACTION_ID_${id}`, "");
  for (const name of HOSTILE_NAMES) noScript.append(name, "x");
  const forged = new FormData();
  forged.append("0", JSON.stringify(["$Q1"]));
  return [
    { label: "hostile names (action call)", headers: { "Next-Action": id }, multipart: flight },
    { label: "hostile names (form without script)", headers: {}, multipart: noScript },
    { label: "forged reference", headers: { "Next-Action": id }, multipart: forged },
    { label: "broken JSON", headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, data: "[{" },
    { label: "foreign origin", headers: { "Next-Action": id, Origin: "https://evil.example" }, multipart: flight },
  ];
}

// The probe ends demo users' other sessions (a script-less post of "end my other sessions" is a
// valid call) and runs every action: it runs in a project of its own after every other browser test,
// one test per role, so the two workers share it.
test.describe.configure({ mode: "parallel" });

for (const [roleIndex, role] of [null, ...(Object.keys(DEMO) as (keyof typeof DEMO)[])].entries()) {
  const name = role ?? "anonymous";
  test(`the probe as ${name}: no route, parameter or server action answers 5xx, and the process stays healthy`, async () => {
    test.setTimeout(900_000);
    const [ctx, familyId] = await Promise.all([signedIn(role), demoFamilyId()]);
    const failures: string[] = [];
    let requests = 0;
    const payloads = new Set<string>();

    async function send(label: string, call: () => Promise<{ status(): number }>) {
      requests++;
      const res = await call();
      if (res.status() >= 500) failures.push(`${res.status()} ${label}`);
    }
    // One line per kind of failure (route, payload kind), so a whole class is seen at once.
    const kinds = () => [...new Set(failures.map((f) => f.replace(/\?.*$/, "").replace(/ [0-9a-f]{8,}$/, "")))];

    const allRoutes = routes();
    const urls: string[] = [];
    for (const [routeIndex, route] of allRoutes.entries()) {
      const base = filled(route, familyId);
      const reachable = (await ctx.get(base, { maxRedirects: 0 })).status() === 200;
      requests++;
      urls.push(...urlsFor(route, base, reachable, (routeIndex + roleIndex) % 3));
    }
    for (let start = 0; start < urls.length; start += 6) {
      await Promise.all(urls.slice(start, start + 6).map((url) => {
        payloads.add(url.replace(/^[^?]*\?/, "?"));
        return send(`${name} GET ${url.slice(0, 160)}`, () => ctx.get(url, { maxRedirects: 0 }));
      }));
    }
    const allActions = actions();
    for (const action of allActions) {
      for (const body of actionBodies(action.id)) {
        payloads.add(body.label);
        await send(`${name} POST ${action.path} [${body.label}] ${action.id.slice(0, 8)}`, () =>
          ctx.post(action.path, { headers: body.headers, multipart: body.multipart as never, data: body.data, maxRedirects: 0 }));
      }
    }

    console.log(`[probe] ${name}: ${allRoutes.length} routes, ${allActions.length} server actions × 5 bodies; ${requests} requests, ${payloads.size} distinct payloads; ${failures.length} answered 5xx`);
    expect(kinds().slice(0, 60)).toEqual([]);

    const health = await ctx.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", process: "ok" });
    if (role) {
      const home = await ctx.get(DEMO[role].home);
      expect(home.status(), `${role} home`).toBe(200);
      expect(await home.text()).toContain("Goddag");
    }
    await ctx.dispose();
  });
}
