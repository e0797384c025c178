import { getDb } from "@/server/db";
import { builtinsChanged } from "@/server/health/invariants";

export const dynamic = "force-dynamic";

// For load balancers and monitoring: 200 when the process can still serve pages and the database
// answers, 503 otherwise (a process whose built-ins were tampered with must be replaced).
export async function GET() {
  const changed = builtinsChanged();
  if (changed.length > 0) {
    console.error(`[health] built-in objects changed since start: ${changed.slice(0, 10).join(", ")}`);
    return Response.json({ status: "error", process: "corrupted", database: "unchecked" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", process: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", process: "ok", database: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
