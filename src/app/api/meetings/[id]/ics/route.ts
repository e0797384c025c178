import { getCurrentActor } from "@/server/auth/session";
import { meetingIcsFile } from "@/features/meetings/queries";

export const dynamic = "force-dynamic";

/** The invitation (or, once cancelled, the cancellation) as an .ics file, for the people who may see the meeting. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const file = await meetingIcsFile(actor, id);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.ics, {
    headers: { "Content-Type": `text/calendar; charset=utf-8; method=${file.method}`, "Content-Disposition": `attachment; filename="moede-${file.id}.ics"`, "Cache-Control": "no-store" },
  });
}
