import "server-only";
import { getDb } from "../db";

export const DEMO_EMAIL_DOMAIN = "@demo.local";

/** Active demo logins, so the login page can say that demo data is in use. */
export async function demoAccountsPresent(): Promise<{ email: string; role: string }[]> {
  const db = await getDb();
  return db.user.findMany({
    where: { email: { endsWith: DEMO_EMAIL_DOMAIN }, active: true, passwordHash: { not: null } },
    select: { email: true, role: true },
    orderBy: { role: "asc" },
  });
}
