import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { CORE_CLIENT_NAMESPACES } from "@/i18n/client-messages";
import { readSourceFile, type SourceFile } from "../support/client-namespaces";

// Each page sends its client components only the namespaces their feature lists (src/i18n/client-messages.ts).
// A component that reads a namespace its page did not send shows a key ("people.addChild") instead of words:
// these checks read the sources, so a list that falls behind its components fails here, not in a user's browser.

const root = path.resolve(import.meta.dirname, "../..");
const catalogue = messagesFor("da") as Record<string, unknown>;
const topLevel = new Set(Object.keys(catalogue));
const files = new Map<string, SourceFile>(
  execSync("git ls-files 'src/**/*.tsx' 'src/**/*.ts'", { cwd: root, encoding: "utf8" }).trim().split("\n")
    .filter((f) => existsSync(path.join(root, f)) && !f.endsWith(".test.ts"))
    .map((f) => [f, readSourceFile(root, f, topLevel)]),
);
const featureOf = (file: string) => file.match(/^src\/features\/([^/]+)\//)?.[1] ?? null;
const constOf = (feature: string) => `${feature.toUpperCase().replace(/-/g, "_")}_MESSAGES`;

/** What a client file and the client files it imports read. */
function needs(file: string, seen = new Set<string>()): Set<string> {
  const f = files.get(file);
  const out = new Set(f?.namespaces);
  for (const imp of f?.imports ?? []) {
    if (seen.has(imp.file) || !files.get(imp.file)?.isClient) continue;
    seen.add(imp.file);
    for (const n of needs(imp.file, seen)) out.add(n);
  }
  return out;
}

async function listOf(feature: string): Promise<string[]> {
  const mod = (await import(path.join(root, "src/features", feature, "client-messages.ts"))) as Record<string, readonly string[]>;
  return [...(mod[constOf(feature)] ?? [])];
}

const clientFiles = [...files.values()].filter((f) => f.isClient);
const features = [...new Set(clientFiles.map((f) => featureOf(f.file)).filter((f): f is string => f !== null))].sort();

describe("client message namespaces", () => {
  it("every client component names its namespaces in its source (no root t(`${…}`))", () => {
    expect(clientFiles.filter((f) => f.dynamicRoot).map((f) => f.file)).toEqual([]);
  });

  it.each(features)("feature %s lists exactly the namespaces its client components read", async (feature) => {
    const read = new Set(clientFiles.filter((f) => featureOf(f.file) === feature).flatMap((f) => [...needs(f.file)]));
    const core = new Set<string>(CORE_CLIENT_NAMESPACES);
    const expected = [...read].filter((n) => !core.has(n)).sort();
    if (expected.length === 0) return expect(existsSync(path.join(root, "src/features", feature, "client-messages.ts"))).toBe(false);
    expect((await listOf(feature)).sort()).toEqual(expected);
  });

  it("the core namespaces cover every client component the app renders outside a feature", () => {
    const core = new Set<string>(CORE_CLIENT_NAMESPACES);
    const missing: string[] = [];
    for (const server of files.values()) {
      if (server.isClient) continue;
      for (const imp of server.imports) {
        if (!files.get(imp.file)?.isClient || featureOf(imp.file)) continue;
        for (const n of needs(imp.file)) if (!core.has(n)) missing.push(`${server.file} renders ${imp.file}, which reads ${n}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every server component that renders a feature's client component wraps it in that feature's namespaces", () => {
    const unwrapped: string[] = [];
    for (const server of files.values()) {
      if (server.isClient) continue;
      for (const imp of server.imports) {
        const feature = featureOf(imp.file);
        if (!feature || !files.get(imp.file)?.isClient || needs(imp.file).size === 0) continue;
        for (const name of imp.names) {
          const uses = server.source.match(new RegExp(`<${name}\\b`, "g"))?.length ?? 0;
          const wrapped = server.source.match(new RegExp(`<ClientMessages namespaces=\\{${constOf(feature)}\\}[^>]*><${name}\\b`, "g"))?.length ?? 0;
          // A section with several forms may give them one provider around all it returns.
          const wholeSection = new RegExp(`return \\(\\s*<ClientMessages namespaces=\\{${constOf(feature)}\\}>`).test(server.source);
          if (uses !== wrapped && !wholeSection) unwrapped.push(`${server.file}: <${name}> (${wrapped} of ${uses} wrapped)`);
        }
      }
    }
    expect(unwrapped).toEqual([]);
  });

  it("every listed namespace exists in both languages", async () => {
    const en = messagesFor("en") as Record<string, unknown>;
    const listed = [...CORE_CLIENT_NAMESPACES, ...(await Promise.all(features.map(async (f) => existsSync(path.join(root, "src/features", f, "client-messages.ts")) ? listOf(f) : []))).flat()];
    expect(listed.filter((n) => !(n in catalogue) || !(n in en))).toEqual([]);
  });
});
