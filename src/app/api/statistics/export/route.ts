import { getCurrentActor } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { exportCsvLines, exportPlacementCsvLines, resolvePeriod } from "@/features/statistics/queries";

export const dynamic = "force-dynamic";

/** The coordinator's pseudonymised CSV of their own municipality, for evaluation. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  if (!roleMay(actor.role, "statistics.export") || !actor.municipalityId) {
    // A try at another role's export is a probe like any other: on record, answered "not found".
    await writeAudit(await getDb(), actor, { action: "ACCESS_DENIED", recordType: "StatisticsExport", details: { permission: "statistics.export" } });
    return new Response("Not found", { status: 404 });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { period, error } = resolvePeriod(params);
  if (error) return Response.json({ error }, { status: 400 });
  const secret = process.env.EXPORT_PSEUDONYM_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || "";
  if (!secret) return new Response("Export is not configured", { status: 503 });
  // `rows=placements`: the matching figures, one row per placement, over every placement (not the period).
  const placements = params.rows === "placements";
  const lines = placements ? exportPlacementCsvLines(actor, secret) : exportCsvLines(actor, period, secret);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() { await lines.return(undefined); },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${placements ? `foraeldrestoette-anbringelser-${period.to}` : `foraeldrestoette-${period.from}-${period.to}`}.csv"`, "Cache-Control": "no-store" },
  });
}
