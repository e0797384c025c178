import { describe, expect, it } from "vitest";
import { badCallbackUrls, isValidCallbackUrl } from "./callback-url";

const base = "http://localhost:3000";

describe("callback URLs next-auth would throw on", () => {
  it.each(["/", "/families?x=1", "http://localhost:3000/caseworker", "https://elsewhere.example/"])("accepts %s (next-auth itself keeps redirects on its own origin)", (v) => {
    expect(isValidCallbackUrl(v, base)).toBe(true);
  });

  it.each(["-1", "%", "javascript:alert(1)", "x", "NaN", "ftp://x", "http://[::1"])("refuses %s", (v) => {
    expect(isValidCallbackUrl(v, base)).toBe(false);
  });

  it("names the query and the cookie that are broken", () => {
    const query = new URLSearchParams("callbackUrl=javascript:alert(1)");
    expect(badCallbackUrls(query, [{ name: "next-auth.callback-url", value: "-1" }, { name: "other", value: "-1" }], base)).toEqual(["query", "next-auth.callback-url"]);
    expect(badCallbackUrls(new URLSearchParams("callbackUrl=%2Ffamilies"), [], base)).toEqual([]);
  });
});
