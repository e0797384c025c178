// The one place that decides which database engine the app talks to.
//   (unset)            -> embedded PGlite in ./data
//   file:<dir>         -> embedded PGlite in <dir>
//   memory:            -> embedded PGlite in memory (tests)
//   postgres(ql)://... -> PostgreSQL through @prisma/adapter-pg (?schema=<name> selects a schema)
export type DatabaseTarget =
  | { engine: "pglite"; dataDir: string | null }
  | { engine: "postgres"; url: string; schema: string; ownerUrl?: string };

// DATABASE_OWNER_URL (PostgreSQL, optional): the role that owns the tables and runs migrations; the
// app then serves as DATABASE_URL's role, which may not change or delete audit rows (roles.ts).
export function resolveDatabaseTarget(url: string | undefined = process.env.DATABASE_URL, ownerUrl: string | undefined = process.env.DATABASE_OWNER_URL): DatabaseTarget {
  const value = (url ?? "").trim();
  if (value === "") return { engine: "pglite", dataDir: "./data" };
  if (value === "memory:" || value === "memory://") return { engine: "pglite", dataDir: null };
  if (value.startsWith("file:")) {
    const dir = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return { engine: "pglite", dataDir: dir === "" ? "./data" : dir };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    const parsed = new URL(value);
    const schema = parsed.searchParams.get("schema") ?? "public";
    if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new Error(`Invalid schema name in DATABASE_URL: ${schema}`);
    parsed.searchParams.delete("schema");
    const owner = (ownerUrl ?? "").trim();
    if (owner === "") return { engine: "postgres", url: parsed.toString(), schema };
    if (!owner.startsWith("postgres://") && !owner.startsWith("postgresql://")) throw new Error("DATABASE_OWNER_URL must be postgresql://...");
    // The owner migrates the very schema the app serves from.
    const ownerParsed = new URL(owner);
    ownerParsed.searchParams.delete("schema");
    return { engine: "postgres", url: parsed.toString(), schema, ownerUrl: ownerParsed.toString() };
  }
  throw new Error("DATABASE_URL must be empty, file:<dir>, memory: or postgresql://...");
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") return target.dataDir ? `embedded PGlite (${target.dataDir})` : "embedded PGlite (in memory)";
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname} (schema ${target.schema})`;
}
