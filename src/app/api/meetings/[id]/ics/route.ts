import { getCurrentActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";
import { meetingScope } from "@/features/meetings/access";
import { meetingToIcs } from "@/features/meetings/ics";

export const dynamic = "force-dynamic";

/** The invitation as an .ics file, for the people who may see the meeting. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { id, ...meetingScope(actor) },
    select: {
      id: true, calledById: true, startsAt: true, endsAt: true, purpose: true, agenda: true, location: true, videoLink: true, version: true, createdAt: true, familyId: true, municipalityId: true,
      family: { select: { displayName: true } },
      participants: { select: { name: true, email: true } },
    },
  });
  if (!meeting) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { meetingId: id });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Meeting", recordId: id.slice(0, 64), targetMunicipalityId, details: { format: "ics" } });
    return new Response("Not found", { status: 404 });
  }
  const caller = await db.user.findUnique({ where: { id: meeting.calledById }, select: { name: true, email: true } });
  const ics = meetingToIcs({
    uid: `${meeting.id}@foraeldrestoette`, startsAt: meeting.startsAt, endsAt: meeting.endsAt,
    title: `${meeting.purpose} – ${meeting.family.displayName}`,
    description: meeting.agenda.map((a, i) => `${i + 1}. ${a}`).join("\n"),
    location: meeting.location, url: meeting.videoLink,
    organizer: { name: caller?.name ?? "Forældrestøtte", email: caller?.email ?? "noreply@foraeldrestoette.local" },
    attendees: meeting.participants, sequence: meeting.version - 1, createdAt: meeting.createdAt,
  }, new Date());
  await writeAudit(db, actor, { action: "EXPORT", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId, details: { format: "ics" } });
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8; method=REQUEST", "Content-Disposition": `attachment; filename="moede-${meeting.id}.ics"`, "Cache-Control": "no-store" },
  });
}
