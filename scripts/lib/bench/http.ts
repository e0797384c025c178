// A small HTTP client for the benchmark: keep-alive sockets, a cookie jar per session, gzip, and a
// timer that stops when the last byte of the response has arrived (decoding happens afterwards).
import http from "node:http";
import { gunzipSync, brotliDecompressSync, inflateSync } from "node:zlib";

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Request written → last byte received, in milliseconds. */
  ms: number;
  text(): string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Milliseconds before the request is abandoned (default 120 s). */
  timeoutMs?: number;
}

export class HttpClient {
  readonly agent: http.Agent;

  constructor(readonly base: URL, maxSockets: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** GETs sent again because a kept-alive socket was closed by the server as the request went out. */
  retries = 0;

  /**
   * One request. A GET whose reused keep-alive socket the server closed just as it was sent ("socket
   * hang up", ECONNRESET — the server's idle timeout racing our reuse) is sent once more on a new
   * socket, as browsers do; the time counts from the first attempt. Other failures are errors.
   */
  async request(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const started = performance.now();
    try {
      return await this.attempt(path, options, started);
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { reusedSocket?: boolean };
      const method = options.method ?? "GET";
      if (method !== "GET" || !e.reusedSocket || !(e.code === "ECONNRESET" || /socket hang up/.test(e.message))) throw error;
      this.retries++;
      return this.attempt(path, options, started);
    }
  }

  private attempt(path: string, options: RequestOptions, started: number): Promise<HttpResponse> {
    const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body);
    const headers: Record<string, string> = { "accept-encoding": "gzip", ...options.headers };
    if (body) headers["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.base.hostname, port: this.base.port, path, method: options.method ?? "GET", headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () => {
            const ms = performance.now() - started;
            let raw = Buffer.concat(chunks);
            const encoding = String(res.headers["content-encoding"] ?? "");
            try {
              if (encoding === "gzip") raw = gunzipSync(raw);
              else if (encoding === "br") raw = brotliDecompressSync(raw);
              else if (encoding === "deflate") raw = inflateSync(raw);
            } catch (error) {
              reject(error);
              return;
            }
            let decoded: string | undefined;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw, ms, text: () => (decoded ??= raw.toString("utf8")) });
          });
        },
      );
      req.setTimeout(options.timeoutMs ?? 120_000, () => req.destroy(new Error(`timeout after ${options.timeoutMs ?? 120_000} ms`)));
      req.on("error", (error: Error & { reusedSocket?: boolean }) => {
        error.reusedSocket = req.reusedSocket;
        reject(error);
      });
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Cookies of one browser session (name → value); paths and expiry are ignored, all cookies go everywhere. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  store(headers: http.IncomingHttpHeaders): void {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** One logged-in user: their cookies, sent with every request. */
export class Session {
  readonly jar = new CookieJar();

  constructor(readonly client: HttpClient, readonly email: string, readonly name: string) {}

  request(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    return this.client.request(path, { ...options, headers: { cookie: this.jar.header(), ...options.headers } });
  }

  /** next-auth credentials login: csrf token + cookie, then the callback; fails unless a session cookie comes back. */
  async login(password: string): Promise<void> {
    const csrf = await this.client.request("/api/auth/csrf");
    if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
    this.jar.store(csrf.headers);
    const { csrfToken } = JSON.parse(csrf.text()) as { csrfToken?: string };
    if (!csrfToken) throw new Error("no csrfToken from /api/auth/csrf");
    const form = new URLSearchParams({ csrfToken, email: this.email, password, json: "true" });
    const res = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body: form.toString(),
    });
    this.jar.store(res.headers);
    const session = [...this.jar.cookies.keys()].find((k) => /(^|\.)next-auth\.session-token$/.test(k));
    if (!session) {
      let detail = res.text().slice(0, 200);
      const location = res.headers.location;
      if (location) detail = `redirected to ${location}`;
      throw new Error(`login of ${this.email} failed (HTTP ${res.status}, ${detail})`);
    }
  }
}

/** The text as React writes it into HTML (&, <, >, " and ' escaped). */
export function htmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

/** The attributes of every <input> in an HTML page. */
export function inputsOf(html: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const tag of html.matchAll(/<input\b([^>]*)>/gi)) {
    const attrs: Record<string, string> = {};
    for (const m of tag[1]!.matchAll(/([^\s=\/]+)(?:="([^"]*)")?/g)) attrs[m[1]!.toLowerCase()] = decodeHtml(m[2] ?? "");
    out.push(attrs);
  }
  return out;
}

/** The text of every <textarea name=…> in an HTML page, by name. */
export function textareasOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = /\bname="([^"]*)"/.exec(m[1]!)?.[1];
    if (name) out[decodeHtml(name)] = decodeHtml(m[2]!.replace(/^\n/, ""));
  }
  return out;
}

/** The selected option of every <select name=…>, by name. */
export function selectsOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = /\bname="([^"]*)"/.exec(m[1]!)?.[1];
    if (!name) continue;
    const options = [...m[2]!.matchAll(/<option\b([^>]*)>/gi)].map((o) => o[1]!);
    const selected = options.find((o) => /\bselected\b/.test(o)) ?? options[0];
    const value = selected ? /\bvalue="([^"]*)"/.exec(selected)?.[1] : undefined;
    if (value !== undefined) out[decodeHtml(name)] = decodeHtml(value);
  }
  return out;
}

export function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}
