import { describe, expect, it } from "vitest";
import { clientAddress, fromTrustedProxy, normalizeAddress, parseTrustedProxies } from "../../scripts/lib/client-address.mjs";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, createGate, foreignActionOrigin, urlProblem } from "../../scripts/lib/request-gate.mjs";
import * as meta from "@/server/request-meta";

describe("client address", () => {
  const none = parseTrustedProxies("");
  it("uses the socket's address and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("::ffff:203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("steps over trusted proxies only, from the right", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, ::1");
    expect(clientAddress("10.0.0.5", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // A client that prepends a fake entry gets its own address, not the fake one.
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.1.1.1", trusted)).toBe("198.51.100.7");
    // Not from a trusted proxy: the header is ignored.
    expect(clientAddress("198.51.100.8", "6.6.6.6", trusted)).toBe("198.51.100.8");
    expect(fromTrustedProxy("10.2.3.4", trusted)).toBe(true);
    expect(fromTrustedProxy("198.51.100.8", trusted)).toBe(false);
  });

  it("takes a hop count", () => {
    const oneHop = parseTrustedProxies("1");
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7", oneHop)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.5", "", oneHop)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7", parseTrustedProxies("2"))).toBe("6.6.6.6");
  });

  it("refuses a setting it cannot read instead of trusting nobody silently", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });

  it("normalizes mapped and bracketed addresses and rejects junk", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("1.2.3.4:80")).toBe("1.2.3.4");
    expect(normalizeAddress("<script>")).toBeNull();
  });
});

describe("request gate", () => {
  it("names the same headers as the app reads", () => {
    expect(CLIENT_IP_HEADER).toBe(meta.CLIENT_IP_HEADER);
    expect(CLIENT_IP_TOKEN_HEADER).toBe(meta.CLIENT_IP_TOKEN_HEADER);
  });

  it.each(["/families/%", "/families/a%00b", "/families?q=a%00b", "/x?y=%E0%A4%A", "/api/meetings/a%00b/ics"])("refuses %s", (url) => {
    expect(urlProblem(url)).toBe("bad");
  });

  it.each(["/families", "/families?q=J%C3%B8rgen", "/families/abc?followUps=all", "/families?q=50%25"])("lets %s through", (url) => {
    expect(urlProblem(url)).toBeNull();
  });

  const req = (headers: Record<string, string>, url = "/families/x") => ({ method: "POST", url, headers }) as never;
  it("refuses a server action posted from another origin, and only that", () => {
    expect(foreignActionOrigin(req({ "next-action": "abc", origin: "https://evil.example", host: "app.kommune.dk" }), false, [])).toBe(true);
    expect(foreignActionOrigin(req({ "content-type": "multipart/form-data; boundary=x", origin: "null", host: "app.kommune.dk" }), false, [])).toBe(true);
    expect(foreignActionOrigin(req({ "next-action": "abc", origin: "https://app.kommune.dk", host: "app.kommune.dk" }), false, [])).toBe(false);
    expect(foreignActionOrigin(req({ "next-action": "abc", origin: "https://sso.kommune.dk", host: "app.kommune.dk" }), false, ["*.kommune.dk"])).toBe(false);
    // A forwarded host counts only from a trusted proxy.
    expect(foreignActionOrigin(req({ "next-action": "abc", origin: "https://evil.example", host: "app", "x-forwarded-host": "evil.example" }), false, [])).toBe(true);
    expect(foreignActionOrigin(req({ "next-action": "abc", origin: "https://app.kommune.dk", host: "app:3000", "x-forwarded-host": "app.kommune.dk" }), true, [])).toBe(false);
    expect(foreignActionOrigin(req({ "content-type": "application/json", origin: "https://evil.example", host: "app" }, "/api/auth/signin"), false, [])).toBe(false);
  });

  it("replaces a client's own copy of the address headers and answers a broken URL with a translated 400", () => {
    const gate = createGate({ root: process.cwd(), trusted: parseTrustedProxies(""), token: "tok", allowedOrigins: [] });
    const headers: Record<string, string> = { [CLIENT_IP_HEADER]: "6.6.6.6", [CLIENT_IP_TOKEN_HEADER]: "forged", "x-forwarded-for": "6.6.6.6", host: "app" };
    const res = { status: 0, body: "", headers: {} as Record<string, string>, writeHead(s: number, h: Record<string, string>) { this.status = s; this.headers = h; return this; }, end(b?: string) { this.body = b ?? ""; } };
    const handled = gate({ method: "GET", url: "/families", headers, socket: { remoteAddress: "::ffff:192.0.2.10" } } as never, res as never);
    expect(handled).toBe(false);
    expect(headers[CLIENT_IP_HEADER]).toBe("192.0.2.10");
    expect(headers[CLIENT_IP_TOKEN_HEADER]).toBe("tok");
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(meta.clientIpFrom(headers, "tok")).toBe("192.0.2.10");
    expect(meta.clientIpFrom(headers, "other-process")).toBeNull();

    const bad = gate({ method: "GET", url: "/families/%", headers: { host: "app", "accept-language": "en-GB" }, socket: { remoteAddress: "192.0.2.10" } } as never, res as never);
    expect(bad).toBe(true);
    expect(res.status).toBe(400);
    expect(res.body).toContain("The request could not be read");
    expect(res.headers["X-Content-Type-Options"]).toBe("nosniff");
    gate({ method: "GET", url: "/families/%", headers: { host: "app" }, socket: { remoteAddress: "192.0.2.10" } } as never, res as never);
    expect(res.body).toContain("Forespørgslen kunne ikke læses");
  });
});
