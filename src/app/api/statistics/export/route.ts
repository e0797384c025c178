import { getCurrentActor } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { exportCsv, resolvePeriod } from "@/features/statistics/queries";

export const dynamic = "force-dynamic";

/** The coordinator's pseudonymised CSV of their own municipality, for evaluation. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor || !roleMay(actor.role, "statistics.export") || !actor.municipalityId) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { period, error } = resolvePeriod(params);
  if (error) return Response.json({ error }, { status: 400 });
  const secret = process.env.EXPORT_PSEUDONYM_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || "";
  if (!secret) return new Response("Export is not configured", { status: 503 });
  const csv = await exportCsv(actor, period, secret);
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="foraeldrestoette-${period.from}-${period.to}.csv"`, "Cache-Control": "no-store" },
  });
}
