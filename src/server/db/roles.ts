// Two PostgreSQL roles: the owner (DATABASE_OWNER_URL) creates the tables and runs migrations; the
// app role (DATABASE_URL) serves. The app role may read and append to the audit log but not change,
// delete, truncate or drop it, nor drop its triggers (only an owner may); old rows leave only
// through audit_purge(), which runs with the owner's rights.
import type { SqlExecutor } from "./migrate";

export const AUDIT_TABLE = "AuditEvent";

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The login role a postgresql:// URL connects as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Grants the app role what serving needs in `schema`, run by the owner after each migration so
 * tables added later are covered. Idempotent. Must run as the tables' owner.
 */
export async function grantAppRole(db: SqlExecutor, schema: string, appRole: string): Promise<void> {
  const s = quoteIdent(schema);
  const r = quoteIdent(appRole);
  const audit = `${s}.${quoteIdent(AUDIT_TABLE)}`;
  await db.exec(`
    GRANT USAGE ON SCHEMA ${s} TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r};
    REVOKE ALL ON ${audit} FROM ${r};
    GRANT SELECT, INSERT ON ${audit} TO ${r};
    REVOKE ALL ON ${s}."_prisma_migrations" FROM ${r};
    GRANT SELECT ON ${s}."_prisma_migrations" TO ${r};
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r};
    GRANT EXECUTE ON FUNCTION ${s}.audit_purge(integer) TO ${r};
  `);
}
