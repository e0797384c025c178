// The benchmark's scenarios: each gives every concurrent client a function that performs one
// request (plus any untimed preparation) and checks that the answer is the right page.
import { randomUUID } from "node:crypto";
import { ActionTemplate, checkActionResponse, type MultipartPart } from "./actions";
import { htmlEscape, inputsOf, selectsOf, textareasOf, type HttpResponse, type Session } from "./http";
import { expectedRedirect, formPath } from "./recorder";
import { parseServerTiming } from "./stats";

export interface Sample {
  /** Milliseconds of the timed request (NaN when it never got an answer). */
  ms: number;
  ok: boolean;
  bytes: number;
  error?: string;
  /** The server's own Server-Timing parts (session, command, render, total), in ms. */
  timing?: Record<string, number>;
}

function sampleOf(res: HttpResponse, error: string | null): Sample {
  const timing = parseServerTiming(res.headers["server-timing"]);
  return error ? { ms: res.ms, ok: false, bytes: res.body.length, error, timing } : { ms: res.ms, ok: true, bytes: res.body.length, timing };
}

export type Worker = () => Promise<Sample>;

export interface Scenario {
  name: string;
  title: string;
  kind: "page" | "save";
  /** The process whose CPU the scenario costs, when it is not the app server (the limit). */
  pid?: number;
  /** One worker per concurrent client. */
  workers(concurrency: number): Worker[];
}

export const SCENARIO_NAMES = [
  "floor", "limit", "caseworker-home", "family-page", "therapist-home", "coordinator-overview", "csv-export", "follow-up-save", "plan-save",
  "matching-list", "matching-case", "matching-candidates", "site-referrals", "coordinator-statistics",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

type Check = (res: HttpResponse) => string | null;

/** A complete HTML page, no streamed-in server error, and every marker. */
export function htmlCheck(...markers: string[]): Check {
  return (res) => {
    if (res.status !== 200) return `HTTP ${res.status}${res.headers.location ? ` → ${res.headers.location}` : ""}`;
    if (!String(res.headers["content-type"] ?? "").startsWith("text/html")) return `content-type ${res.headers["content-type"]}`;
    const html = res.text();
    if (!html.trimEnd().endsWith("</html>")) return "incomplete HTML (no </html>)";
    // A server error after the shell was streamed still answers 200; Next marks it with a digest.
    const digest = /data-dgst="([^"]*)"/.exec(html);
    if (digest) return `server error streamed into the page (digest ${digest[1]})`;
    for (const m of markers) if (!html.includes(m)) return `marker missing: ${m.slice(0, 80)}`;
    return null;
  };
}

async function timed(session: Session, path: string, check: Check): Promise<Sample> {
  const res = await session.request(path, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-language": "da-DK,da;q=0.9" } });
  const error = check(res);
  return sampleOf(res, error ? `${path}: ${error}` : null);
}

/** GET `path(i)` as `session(i)` for client i. */
export function pageScenario(name: string, title: string, target: (client: number) => { session: Session; path: string; check: Check }): Scenario {
  return {
    name, title, kind: "page",
    workers: (concurrency) => Array.from({ length: concurrency }, (_, i) => {
      const { session, path, check } = target(i);
      return () => timed(session, path, check);
    }),
  };
}

export function csvCheck(expectedRows: number): Check {
  return (res) => {
    if (res.status !== 200) return `HTTP ${res.status}`;
    if (!String(res.headers["content-type"] ?? "").startsWith("text/csv")) return `content-type ${res.headers["content-type"]}`;
    const lines = res.text().split("\r\n").filter((l) => l !== "");
    if (!lines[0]?.startsWith("family,current_phase,")) return `unexpected CSV header: ${lines[0]?.slice(0, 80)}`;
    if (lines.length - 1 !== expectedRows) return `${lines.length - 1} CSV rows, expected one per family (${expectedRows})`;
    return null;
  };
}

// ---------------------------------------------------------------------------------------------
// Saves

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface FollowUpForm {
  session: Session;
  familyId: string;
  /** The phase the form was opened on and its row version, posted back so a stale form is a conflict. */
  phase: { id: string; version: string };
  goalIds: string[];
  /** The form's date bounds: the running phase's first day and today (Copenhagen), as the server rendered them. */
  min: string;
  today: string;
}

/** Reads the follow-up form as the browser gets it: the goals to rate and the allowed dates. */
export async function loadFollowUpForm(session: Session, familyId: string): Promise<FollowUpForm> {
  const path = formPath("follow-up", familyId);
  const res = await session.request(path);
  const error = htmlCheck('data-testid="follow-up-form"')(res);
  if (error) throw new Error(`${session.email} ${path}: ${error}`);
  const inputs = inputsOf(res.text());
  const goalIds = inputs.filter((a) => /^ratings\.\d+\.goalId$/.test(a.name ?? "")).map((a) => a.value ?? "");
  const date = inputs.find((a) => a.name === "date");
  const phaseId = inputs.find((a) => a.name === "phaseId")?.value;
  const phaseVersion = inputs.find((a) => a.name === "phaseVersion")?.value;
  if (!date?.max || !date.min || goalIds.length === 0) throw new Error(`${path}: no date bounds or no goals in the form`);
  if (!phaseId || !phaseVersion) throw new Error(`${path}: no phase in the form`);
  return { session, familyId, phase: { id: phaseId, version: phaseVersion }, goalIds, min: date.min, today: date.max };
}

/**
 * The fields the follow-up form posts. Successive saves of one client walk backwards through the
 * dates of its families (one follow-up per family and day until every day of the running phase has
 * one), each with a new request id: every save is a new, legal follow-up.
 */
export function followUpFields(form: FollowUpForm, date: string, requestId: string): MultipartPart[] {
  return [
    { name: "familyId", value: form.familyId },
    { name: "requestId", value: requestId },
    { name: "phaseId", value: form.phase.id },
    { name: "phaseVersion", value: form.phase.version },
    { name: "date", value: date },
    { name: "withWhom", value: "Mor og far (benchmark)" },
    { name: "parentsPresent", value: "on" },
    ...form.goalIds.flatMap((goalId, i) => [
      { name: `ratings.${i}.goalId`, value: goalId },
      { name: `ratings.${i}.rating`, value: String(Math.floor(Math.random() * 11)) },
      { name: `ratings.${i}.note`, value: i === 0 ? "Benchmark." : "" },
    ]),
    { name: "agreedUntilNext", value: "Benchmark: næste opfølgning." },
  ];
}

export function followUpSaveScenario(template: ActionTemplate, forms: FollowUpForm[], requestIdPrefix: string): Scenario {
  return {
    name: "follow-up-save", title: "follow-up save (POST action)", kind: "save",
    workers: (concurrency) => Array.from({ length: concurrency }, (_, client) => {
      const mine = forms.filter((_, j) => j % concurrency === client);
      if (mine.length === 0) throw new Error(`too few follow-up families (${forms.length}) for ${concurrency} clients`);
      let k = 0;
      return async () => {
        const form = mine[k % mine.length]!;
        const span = daysBetween(form.min, form.today) + 1;
        const date = addDays(form.today, -(Math.floor(k / mine.length) % span));
        k++;
        const req = template.request(form.familyId, followUpFields(form, date, `${requestIdPrefix}${randomUUID()}`), form.session.jar.header());
        const res = await form.session.client.request(req.path, { method: "POST", headers: req.headers, body: req.body });
        const outcome = checkActionResponse(res, expectedRedirect("follow-up", form.familyId));
        return sampleOf(res, outcome.ok ? null : `follow-up ${form.familyId} ${date}: ${outcome.reason}`);
      };
    }),
  };
}

/** The plan editor's fields as the page renders them now (with the version it was opened on). */
export async function loadPlanForm(session: Session, familyId: string): Promise<MultipartPart[]> {
  const path = formPath("plan", familyId);
  const res = await session.request(path);
  const error = htmlCheck('data-testid="plan-editor"')(res);
  if (error) throw new Error(`${path}: ${error}`);
  const html = res.text();
  // The editor is the first form; the agreement form (when there is a draft) follows it.
  const start = html.indexOf('data-testid="plan-editor"');
  const end = html.indexOf("</form>", start);
  const form = html.slice(html.lastIndexOf("<form", start), end);
  const inputs = inputsOf(form);
  const texts = textareasOf(form);
  const selects = selectsOf(form);
  const fields: MultipartPart[] = [];
  const input = (name: string) => inputs.find((a) => a.name === name)?.value;
  for (const name of ["familyId", "basedOnVersionId", "basedOnRowVersion"]) {
    const value = input(name);
    if (value === undefined) throw new Error(`${path}: no ${name} field`);
    fields.push({ name, value });
  }
  fields.push({ name: "parentsAccount", value: texts.parentsAccount ?? "" });
  const goals = new Set(inputs.map((a) => /^goals\.(\d+)\./.exec(a.name ?? "")?.[1]).filter((x): x is string => !!x));
  for (const i of [...goals].sort((a, b) => Number(a) - Number(b))) {
    for (const f of ["lineageId", "title", "parentsWords", "successCriteria", "supportedBy", "status", "dropReason"]) {
      const name = `goals.${i}.${f}`;
      const value = input(name) ?? texts[name] ?? selects[name];
      if (value === undefined) throw new Error(`${path}: no ${name} field`);
      fields.push({ name, value });
    }
  }
  return fields;
}

export interface PlanTarget {
  session: Session;
  familyId: string;
}

export function planSaveScenario(template: ActionTemplate, targets: PlanTarget[], tag: string): Scenario {
  return {
    name: "plan-save", title: "plan save (POST action)", kind: "save",
    workers: (concurrency) => Array.from({ length: concurrency }, (_, client) => {
      const mine = targets.filter((_, j) => j % concurrency === client);
      if (mine.length === 0) throw new Error(`too few plan families (${targets.length}) for ${concurrency} clients`);
      let k = 0;
      return async () => {
        const target = mine[k % mine.length]!;
        k++;
        // Untimed: open the editor to get the current version, as a user would.
        const fields = (await loadPlanForm(target.session, target.familyId)).map((f) =>
          f.name === "parentsAccount" ? { name: f.name, value: `${f.value.replace(/ \[bench[^\]]*\]$/, "")} [bench ${tag} ${k}]` } : f);
        const req = template.request(target.familyId, fields, target.session.jar.header());
        const res = await target.session.client.request(req.path, { method: "POST", headers: req.headers, body: req.body });
        const outcome = checkActionResponse(res, expectedRedirect("plan", target.familyId));
        return sampleOf(res, outcome.ok ? null : `plan ${target.familyId}: ${outcome.reason}`);
      };
    }),
  };
}

export { htmlEscape };
