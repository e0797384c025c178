// Reads which message namespaces a component's source uses, and what it imports: the source facts behind
// tests/i18n/client-messages.test.ts.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const NAMED = /useTranslations\(\s*["'`]([A-Za-z]+)/g;
const ROOT_CALL = /\bt\(\s*["'`]([A-Za-z]+)\./g;
const ROOT_DYNAMIC = /\bt\(\s*`\$\{/;

export interface SourceFile {
  file: string;
  source: string;
  isClient: boolean;
  /** Top-level namespaces the file's own translations read. */
  namespaces: Set<string>;
  /** A root `t(\`${…}\`)`: its namespace cannot be read from the source. */
  dynamicRoot: boolean;
  /** Imported project files, resolved. */
  imports: { names: string[]; file: string }[];
}

export function readSourceFile(root: string, file: string, topLevel: ReadonlySet<string>): SourceFile {
  const source = readFileSync(path.join(root, file), "utf8");
  const namespaces = new Set<string>();
  for (const m of source.matchAll(NAMED)) if (m[1]) namespaces.add(m[1]);
  const usesRoot = /useTranslations\(\s*\)/.test(source);
  if (usesRoot) for (const m of source.matchAll(ROOT_CALL)) if (m[1] && topLevel.has(m[1])) namespaces.add(m[1]);
  return {
    file, source, namespaces,
    isClient: /^\s*["']use client["']/m.test(source.slice(0, 200)),
    dynamicRoot: usesRoot && ROOT_DYNAMIC.test(source),
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
