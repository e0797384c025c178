// Server actions over plain HTTP: what a browser sends (recorded once with Playwright, see
// recorder.ts), turned into a template that is replayed with fresh field values.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { HttpResponse } from "./http";

export interface RecordedAction {
  /** Path of the page the form was on, e.g. /families/<id>/follow-up (the action POSTs there). */
  path: string;
  headers: Record<string, string>;
  contentType: string;
  body: Buffer;
  /** The family whose id appears in the path and headers. */
  familyId: string;
  response: { status: number; headers: Record<string, string>; bodyStart: string };
}

export interface MultipartPart {
  name: string;
  value: string;
}

/** The text parts of a multipart/form-data body (server actions send no files here). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error(`not multipart: ${contentType}`);
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const parts: MultipartPart[] = [];
  for (const chunk of body.toString("utf8").split(delimiter).slice(1)) {
    if (chunk.startsWith("--")) break;
    const end = chunk.indexOf("\r\n\r\n");
    if (end < 0) continue;
    const head = chunk.slice(0, end);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    parts.push({ name, value: chunk.slice(end + 4).replace(/\r\n$/, "") });
  }
  return parts;
}

export function buildMultipart(parts: readonly MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `----BenchFormBoundary${randomBytes(8).toString("hex")}`;
  const chunks = parts.map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name.replace(/"/g, "%22")}"\r\n\r\n${p.value}\r\n`);
  return { body: Buffer.from(`${chunks.join("")}--${boundary}--\r\n`, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Headers a replay must not copy from the browser: per-connection, per-body and the browser's cookies. */
const DROP = new Set(["cookie", "content-length", "content-type", "host", "connection", "accept-encoding", "transfer-encoding"]);

/**
 * A recorded server-action request as a template: the action id and router headers as the browser
 * sent them, the non-field parts of the body (React's encoding of the arguments, e.g. "0" =
 * ["$K1"] or [null,"$K1"]) and the prefix React puts before every field of the FormData argument.
 */
export class ActionTemplate {
  readonly prefix: string;
  readonly extras: MultipartPart[];
  readonly fieldNames: string[];
  readonly actionId: string;

  constructor(readonly recorded: RecordedAction) {
    const parts = parseMultipart(recorded.body, recorded.contentType);
    const familyPart = parts.find((p) => p.name.endsWith("familyId") && p.value === recorded.familyId);
    if (!familyPart) throw new Error(`the recorded action body has no familyId field: ${parts.map((p) => p.name).join(", ")}`);
    this.prefix = familyPart.name.slice(0, -"familyId".length);
    const prefix = this.prefix;
    const isField = (p: MultipartPart) => (prefix ? p.name.startsWith(prefix) : !/^\d+$/.test(p.name));
    // React's own hidden inputs of the form ($ACTION_REF_n, $ACTION_n:m, $ACTION_KEY: the same for every
    // render of the form; the server's formToObject skips "$" names) are replayed as recorded.
    const isReactInput = (p: MultipartPart) => p.name.slice(prefix.length).startsWith("$");
    this.extras = parts.filter((p) => !isField(p) || isReactInput(p));
    this.fieldNames = parts.filter((p) => isField(p) && !isReactInput(p)).map((p) => p.name.slice(prefix.length));
    const actionId = recorded.headers["next-action"];
    if (!actionId) throw new Error("the recorded request has no Next-Action header (the form posted before React took over?)");
    this.actionId = actionId;
    if (process.env.BENCH_DEBUG) {
      writeFileSync(`/tmp/bench-debug-recorded-${recorded.familyId}.txt`,
        `${JSON.stringify(recorded.headers, null, 2)}\n\n${recorded.body.toString("utf8")}\n\n${JSON.stringify(recorded.response, null, 2)}`);
    }
  }

  /** Path, headers and body for this action on `familyId` with these form fields. */
  request(familyId: string, fields: readonly MultipartPart[], cookie: string): { path: string; headers: Record<string, string>; body: Buffer } {
    const swap = (s: string) => s.split(this.recorded.familyId).join(familyId);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.recorded.headers)) {
      if (k.startsWith(":") || k.startsWith("sec-") || DROP.has(k)) continue;
      headers[k] = swap(v);
    }
    // The browser's order matters: the server resolves the arguments ("0") when that part arrives, so
    // the form's own parts (React's hidden inputs, then the fields) must come before it.
    const extras = this.extras.map((p) => ({ name: p.name, value: swap(p.value) }));
    const own = (p: MultipartPart) => this.prefix !== "" && p.name.startsWith(this.prefix);
    const { body, contentType } = buildMultipart([
      ...extras.filter(own), ...fields.map((f) => ({ name: this.prefix + f.name, value: f.value })), ...extras.filter((p) => !own(p)),
    ]);
    headers["content-type"] = contentType;
    headers.cookie = cookie;
    if (process.env.BENCH_DEBUG) writeFileSync(`/tmp/bench-debug-replay-${familyId}.txt`, `${JSON.stringify(headers, null, 2)}\n\n${body.toString("utf8")}`);
    return { path: swap(this.recorded.path), headers, body };
  }
}

export type ActionOutcome = { ok: true } | { ok: false; reason: string };

/**
 * A fetch-mode server action that succeeded and redirected answers 200 with `x-action-redirect:
 * <target>;push|replace` (and the target page's RSC payload); a refused command answers 200 with
 * the returned FormState ({"ok":false,"code":…}) and no redirect.
 */
export function checkActionResponse(res: Pick<HttpResponse, "status" | "headers" | "text">, expectedRedirect: string): ActionOutcome {
  const redirect = String(res.headers["x-action-redirect"] ?? "");
  const text = res.status === 200 ? res.text() : "";
  const refused = /"ok":false[^\n]{0,200}/.exec(text);
  if (res.status !== 200) return { ok: false, reason: `HTTP ${res.status}${res.headers.location ? ` → ${res.headers.location}` : ""}` };
  if (refused) return { ok: false, reason: `refused: ${refused[0].slice(0, 200)}` };
  if (!redirect) return { ok: false, reason: `no x-action-redirect (body starts ${JSON.stringify(text.slice(0, 160))})` };
  if (redirect.split(";")[0] !== expectedRedirect) return { ok: false, reason: `redirected to ${redirect}, expected ${expectedRedirect}` };
  return { ok: true };
}
