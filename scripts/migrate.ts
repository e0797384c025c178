// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names.
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";

const target = resolveDatabaseTarget();
const db = await openDatabase(target);
await db.close();
console.log(`Migrations applied to ${describeTarget(target)}.`);
