import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import da from "./messages/audit-codes.da.json";
import en from "./messages/audit-codes.en.json";

// The audit log is read by people: every code it stores must have words in both languages.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const recordTypes = new Set(sourceFiles("src").flatMap((f) => [...readFileSync(f, "utf8").matchAll(/recordType: "([A-Za-z]+)"/g)].map((m) => m[1]!)));
const schema = readFileSync("prisma/schema.prisma", "utf8");
const enumValues = (name: string) => schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))![1]!.split("\n").map((l) => l.trim()).filter((l) => /^[A-Z_]+$/.test(l));

describe("the audit log's codes", () => {
  it("finds the record types the code writes", () => {
    expect(recordTypes.has("Family")).toBe(true);
    expect(recordTypes.size).toBeGreaterThan(20);
  });

  for (const [lang, cat] of [["da", da], ["en", en]] as const) {
    it(`has ${lang} words for every record type, action and outcome`, () => {
      expect([...recordTypes].filter((r) => !(r in cat.auditCodes.records))).toEqual([]);
      expect(enumValues("AuditAction").filter((a) => !(a in cat.auditCodes.actions))).toEqual([]);
      expect(enumValues("AuditOutcome").filter((a) => !(a in cat.auditCodes.outcomes))).toEqual([]);
    });
  }
});
