import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { MAX_MEETING_MS } from "./schemas";

/**
 * Meetings a user may see: those of their municipality's families that they may call meetings for
 * (caseworker on their own families, coordinator on all), and any meeting they are invited to.
 */
export function meetingScope(actor: Actor): Prisma.MeetingWhereInput {
  const parts = meetingScopeParts(actor);
  return parts.length === 1 ? parts[0]! : { OR: parts };
}

/**
 * The same reach as separate branches (invited; own or whole municipality), so that a list can
 * read each through its own index instead of one OR that no index serves.
 */
export function meetingScopeParts(actor: Actor): Prisma.MeetingWhereInput[] {
  const invited: Prisma.MeetingWhereInput = { participants: { some: { userId: actor.id } } };
  if (!actor.municipalityId) return [invited];
  if (actor.role === "COORDINATOR") return [{ municipalityId: actor.municipalityId }, invited];
  if (actor.role === "CASEWORKER") {
    return [{ municipalityId: actor.municipalityId, family: { assignments: { some: { userId: actor.id, role: "CASEWORKER" } } } }, invited];
  }
  return [invited];
}

/**
 * Meetings the user may edit and change (minutes and their release, action items, time, place,
 * participants, cancellation): the ones they could have called, that is the coordinator's whole
 * municipality and the caseworker's own families. Whoever called a meeting is one of these, so the
 * caller and the family's caseworker may both change it.
 */
export function meetingEditScope(actor: Actor): Prisma.MeetingWhereInput {
  if (!roleMay(actor.role, "meeting.call") || !actor.municipalityId) return { id: { in: [] } };
  if (actor.role === "COORDINATOR") return { municipalityId: actor.municipalityId };
  return { municipalityId: actor.municipalityId, family: { assignments: { some: { userId: actor.id, role: "CASEWORKER" } } } };
}

/** What meetingPeopleWhere needs to know about the family: its municipality and the child's current sites. */
export const meetingFamilySelect = {
  municipalityId: true,
  children: { select: { placements: { where: { endDate: null }, select: { siteId: true } } } },
} satisfies Prisma.FamilySelect;

type MeetingFamily = Prisma.FamilyGetPayload<{ select: typeof meetingFamilySelect }>;

/**
 * Who may take part in a meeting about this family — be invited or own an action item: active
 * users of the family's municipality except administrators (who run the system and have no part
 * in a case), and staff at a site where one of the children is placed now. The forms list exactly
 * these users and the commands accept no one else.
 */
export function meetingPeopleWhere(family: MeetingFamily): Prisma.UserWhereInput {
  const siteIds = family.children.flatMap((c) => c.placements.map((p) => p.siteId));
  return {
    active: true,
    role: { not: "ADMIN" },
    OR: [{ municipalityId: family.municipalityId }, { role: "SITE", siteMemberships: { some: { siteId: { in: siteIds }, role: "STAFF" } } }],
  };
}

/** The people one may invite: everyone meetingPeopleWhere allows except the caller, who calls the meeting. */
export function inviteeWhere(caller: Pick<Actor, "id">, family: MeetingFamily): Prisma.UserWhereInput {
  return { AND: [meetingPeopleWhere(family), { id: { not: caller.id } }] };
}

/**
 * A meeting that has not ended started at most a day ago (MAX_MEETING_MS): the bound on startsAt lets
 * the start-time indexes limit a read of coming meetings. Cancelled ones stay in, shown as cancelled.
 */
export function comingMeetingWhere(now: Date): Prisma.MeetingWhereInput {
  return { startsAt: { gte: new Date(now.getTime() - MAX_MEETING_MS) }, endsAt: { gte: now } };
}
