// What the HTTP server checks before Next.js sees a request: things Next.js answers with a 500 (a
// broken %-escape in the path, a NUL byte, a server action posted from another site), and the
// client address, which Next.js does not hand to the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import { clientAddress, fromTrustedProxy } from "./client-address.mjs";

/** Internal headers the app reads; any copy a client sends is removed first. */
export const CLIENT_IP_HEADER = "x-fs-client-ip";
export const CLIENT_IP_TOKEN_HEADER = "x-fs-client-ip-token";
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

const SECURITY_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

function loadTexts(root) {
  const read = (lang) => JSON.parse(readFileSync(path.join(root, "src/i18n/messages", `${lang}.json`), "utf8")).app;
  return { da: read("da"), en: read("en") };
}

/** Is the path and query free of what the app can never use: a broken %-escape or a NUL byte? */
export function urlProblem(url) {
  if (typeof url !== "string" || url.length > 8192) return "bad";
  if (url.includes("\0") || /%00/i.test(url)) return "bad";
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  try {
    decodeURIComponent(pathname);
    if (q !== -1) for (const part of url.slice(q + 1).split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return "bad";
  }
  return null;
}

function allowedOrigin(originHost, host, allowed) {
  if (originHost === host) return true;
  return allowed.some((pattern) => pattern === originHost || (pattern.startsWith("*.") && originHost.endsWith(pattern.slice(1))));
}

/** A server action (fetch or a no-script form post) from another origin: refused like Next.js does, but as 400, not 500. */
export function foreignActionOrigin(req, trustedHop, allowed) {
  const origin = req.headers.origin;
  if (!isActionPost(req) || !origin) return false;
  let originHost;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwardedHost = trustedHop ? String(req.headers["x-forwarded-host"] ?? "").split(",")[0].trim() : "";
  return !allowedOrigin(originHost, forwardedHost || String(req.headers.host ?? ""), allowed);
}

function isActionPost(req) {
  if (req.method !== "POST" || (req.url ?? "").startsWith("/api/")) return false;
  const type = String(req.headers["content-type"] ?? "");
  return !!req.headers["next-action"] || type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/**
 * A server-action request whose body React cannot decode (a forged reference, broken JSON, a
 * script-less post of an action that expects a previous state) makes Next.js answer 500. Our
 * actions never throw for a refusal — they return a result — so a 500 on an action request means
 * the request itself was unreadable: answer 400 (Next.js still logs the error).
 */
export function badActionIsBadRequest(req, res) {
  if (!isActionPost(req)) return;
  let status = res.statusCode;
  Object.defineProperty(res, "statusCode", {
    configurable: true,
    get: () => status,
    set: (value) => { status = value === 500 ? 400 : value; },
  });
  const writeHead = res.writeHead;
  res.writeHead = function (code, ...rest) {
    return writeHead.call(this, code === 500 ? 400 : code, ...rest);
  };
}

export function createGate({ root, trusted, token, allowedOrigins }) {
  const texts = loadTexts(root);
  function refuse(req, res, status, textKey) {
    const cookie = String(req.headers.cookie ?? "");
    const lang = /(?:^|;\s*)locale=en\b/.test(cookie) || (!/(?:^|;\s*)locale=da\b/.test(cookie) && /^en\b/i.test(String(req.headers["accept-language"] ?? ""))) ? "en" : "da";
    const t = texts[lang];
    const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
    res.writeHead(status, SECURITY_HEADERS);
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.badRequestTitle)} · ${escape(t.name)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;font-size:1rem;line-height:1.5"><main><h1>${escape(t.badRequestTitle)}</h1><p>${escape(t[textKey])}</p><p><a href="/">${escape(t.backHome)}</a></p></main></body></html>`);
  }

  /** Returns true when the request was answered here; otherwise the headers are ready for Next.js. */
  return function gate(req, res) {
    const trustedHop = fromTrustedProxy(req.socket.remoteAddress, trusted);
    const ip = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    delete req.headers[CLIENT_IP_HEADER];
    delete req.headers[CLIENT_IP_TOKEN_HEADER];
    if (!trustedHop) for (const name of FORWARDED) delete req.headers[name];
    if (ip) {
      req.headers[CLIENT_IP_HEADER] = ip;
      req.headers[CLIENT_IP_TOKEN_HEADER] = token;
    }
    if (urlProblem(req.url)) {
      refuse(req, res, 400, "badRequestText");
      return true;
    }
    if (foreignActionOrigin(req, trustedHop, allowedOrigins)) {
      refuse(req, res, 400, "foreignOriginText");
      return true;
    }
    badActionIsBadRequest(req, res);
    return false;
  };
}
