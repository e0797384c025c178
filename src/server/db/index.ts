import "server-only";
import { openDatabase, type Db, type OpenDatabase } from "./client";
import { describeTarget, resolveDatabaseTarget } from "./engine";

// One open database per server process (and per test file), kept on globalThis so that
// Next.js dev reloads do not open the PGlite folder twice.
const store = globalThis as unknown as { __appDb?: Promise<OpenDatabase> };

export function getDatabase(): Promise<OpenDatabase> {
  store.__appDb ??= openDatabase(resolveDatabaseTarget()).catch((error) => {
    store.__appDb = undefined;
    throw error;
  });
  return store.__appDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const open = store.__appDb;
  store.__appDb = undefined;
  if (open) await (await open).close();
}

export function databaseDescription(): string {
  return describeTarget(resolveDatabaseTarget());
}

export type { Db };
