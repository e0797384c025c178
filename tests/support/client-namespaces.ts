// Reads which message namespaces a component's source uses, and what it imports: the source facts behind
// tests/i18n/client-messages.test.ts.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const NAMED = /useTranslations\(\s*["'`]([A-Za-z]+)/g;
const ROOT_TRANSLATOR = /(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*\)/g;

export interface SourceFile {
  file: string;
  source: string;
  isClient: boolean;
  /** Top-level namespaces the file's own translations read. */
  namespaces: Set<string>;
  /** A root translator given `\`${…}\``, or one not held in a named constant: its namespaces cannot be read. */
  dynamicRoot: boolean;
  /** Imported project files, resolved. */
  imports: { names: string[]; file: string }[];
}

export function readSourceFile(root: string, file: string, topLevel: ReadonlySet<string>): SourceFile {
  const source = readFileSync(path.join(root, file), "utf8");
  const namespaces = new Set<string>();
  for (const m of source.matchAll(NAMED)) if (m[1]) namespaces.add(m[1]);
  // Whatever a root translator is called (t, tr, …), the first segment of each key it is given is a namespace.
  const roots = [...new Set([...source.matchAll(ROOT_TRANSLATOR)].map((m) => m[1] ?? ""))].filter(Boolean);
  let dynamicRoot = /useTranslations\(\s*\)/.test(source) && roots.length === 0;
  for (const name of roots) {
    for (const m of source.matchAll(new RegExp(`\\b${name}\\(\\s*["'\`]([A-Za-z]+)\\.`, "g"))) if (m[1] && topLevel.has(m[1])) namespaces.add(m[1]);
    if (new RegExp(`\\b${name}\\(\\s*\`\\$\\{`).test(source)) dynamicRoot = true;
  }
  return {
    file, source, namespaces,
    isClient: /^\s*["']use client["']/m.test(source.slice(0, 200)),
    dynamicRoot,
    imports: importsOf(root, file, source),
  };
}

function importsOf(root: string, file: string, source: string): { names: string[]; file: string }[] {
  const out: { names: string[]; file: string }[] = [];
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+["']([^"']+)["']/g)) {
    const spec = m[2] ?? "";
    const base = spec.startsWith("@/") ? path.join("src", spec.slice(2)) : spec.startsWith(".") ? path.normalize(path.join(path.dirname(file), spec)) : null;
    const resolved = base && [`${base}.tsx`, `${base}.ts`].find((c) => existsSync(path.join(root, c)));
    if (resolved) out.push({ file: resolved, names: (m[1] ?? "").split(",").map((n) => n.trim().split(/\s+as\s+/).pop() ?? "").filter(Boolean) });
  }
  return out;
}
