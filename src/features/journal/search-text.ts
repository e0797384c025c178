/** A short piece of `text` around the first place `q` occurs (case-insensitive), for a search hit. */
export function snippetAround(text: string, q: string, radius = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const at = flat.toLocaleLowerCase("da").indexOf(q.toLocaleLowerCase("da"));
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2)}…` : flat;
  const from = Math.max(0, at - radius);
  const to = Math.min(flat.length, at + q.length + radius);
  return `${from > 0 ? "…" : ""}${flat.slice(from, to)}${to < flat.length ? "…" : ""}`;
}

/**
 * `q` as a literal for Prisma's `contains`, which puts it between LIKE's % as it is: without this a
 * search for "%" or "_" would match every entry. Backslash is PostgreSQL's default LIKE escape.
 */
export function literalLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
