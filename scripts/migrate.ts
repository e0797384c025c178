// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names. With
// DATABASE_OWNER_URL set it migrates as that role and grants DATABASE_URL's role (src/server/db/roles.ts).
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";
import { roleOfUrl } from "@/server/db/roles";

const target = resolveDatabaseTarget();
const db = await openDatabase(target);
await db.close();
const roles = target.engine === "postgres" && target.ownerUrl ? ` as ${roleOfUrl(target.ownerUrl)}; ${roleOfUrl(target.url)} granted the app's rights` : "";
console.log(`Migrations applied to ${describeTarget(target)}${roles}.`);
