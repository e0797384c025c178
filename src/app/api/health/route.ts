import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

// For load balancers and monitoring: 200 when the database answers, 503 otherwise.
export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}
