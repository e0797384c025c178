// `npm run db:seed-demo`: puts the demo municipality, users and families into the database that
// DATABASE_URL names (PostgreSQL included). Only ever run on request: demo logins have a known password.
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/server/demo/seed-demo";
import { todayInCopenhagen } from "@/domain/method";

const target = resolveDatabaseTarget();
const db = await openDatabase(target);
try {
  const { created } = await seedDemo(db.prisma, todayInCopenhagen(new Date()));
  console.log(created ? `Demo data created in ${describeTarget(target)}.` : `Demo data already present in ${describeTarget(target)}.`);
  console.log(`Demo logins (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
} finally {
  await db.close();
}
