import "server-only";
import { getDatabase } from "./db";
import { describeTarget } from "./db/engine";
import { DEMO_ACCOUNTS, DEMO_PARENT, DEMO_PASSWORD, seedDemo } from "./demo/seed-demo";
import { todayInCopenhagen } from "@/domain/method";
import { rememberBuiltins } from "./health/invariants";

export async function prepareDatabaseOnStart(): Promise<void> {
  rememberBuiltins();
  const { prisma, target } = await getDatabase();
  console.log(`[forældrestøtte] database: ${describeTarget(target)} (migrations applied)`);
  // Demo data only ever goes into a new embedded database; PostgreSQL gets it only on request
  // (npm run db:seed-demo).
  if (target.engine === "pglite" && process.env.SEED_DEMO !== "off" && (await prisma.user.count()) === 0) {
    await seedDemo(prisma, todayInCopenhagen(new Date()));
  }
  const demoUsers = await prisma.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, active: true } });
  if (demoUsers > 0) {
    console.log(`[forældrestøtte] demo logins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(26)} ${a.role}`);
    console.log(`  ${DEMO_PARENT.email.padEnd(26)} PARENT (${DEMO_PARENT.parentName}, the parents' own portal)`);
  }
}
