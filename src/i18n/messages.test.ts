import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("has every Danish text in English too, and nothing English-only", () => {
    expect(keys(messagesFor("en")).sort()).toEqual(keys(messagesFor("da")).sort());
  });

  it("has no empty text", () => {
    for (const locale of ["da", "en"] as const) {
      const catalogue = messagesFor(locale) as unknown as Record<string, unknown>;
      for (const key of keys(catalogue)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(String(value).trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
