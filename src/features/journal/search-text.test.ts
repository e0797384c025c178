import { describe, expect, it } from "vitest";
import { literalLike, snippetAround } from "./search-text";

describe("search text", () => {
  it("escapes LIKE's wildcards and its escape character, and nothing else", () => {
    expect(literalLike("50%")).toBe("50\\%");
    expect(literalLike("a_b\\c")).toBe("a\\_b\\\\c");
    expect(literalLike("Æblegård")).toBe("Æblegård");
  });

  it("shows the words around the first hit, whatever the case, marking what was cut", () => {
    const text = `${"a ".repeat(100)}Mor fortalte om SKOLEN i dag. ${"b ".repeat(100)}`;
    const snippet = snippetAround(text, "skolen", 20);
    expect(snippet).toMatch(/^….*SKOLEN.*…$/);
    expect(snippet.length).toBeLessThanOrEqual(20 * 2 + "skolen".length + 2);
    expect(snippetAround("Kort tekst", "kort")).toBe("Kort tekst");
    expect(snippetAround("x".repeat(300), "ikke her", 10)).toBe(`${"x".repeat(20)}…`);
  });
});
