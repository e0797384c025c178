import type { Role } from "@/generated/prisma/enums";

// The spec's role table (../shared/spec/method.md, "Roles and what each may do") as data.
// Role-level only: which records of a kind a role may reach is decided by the scopes in scope.ts.
// Default deny: an action missing here, or a role missing from its list, is refused.
export const PERMISSIONS = {
  "family.list": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "family.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "family.enrol": ["CASEWORKER"],
  "family.edit": ["CASEWORKER"],
  "family.close": ["CASEWORKER"],
  "parent.viewDetails": ["CASEWORKER", "THERAPIST", "COORDINATOR"],
  "plan.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "plan.write": ["CASEWORKER"],
  "plan.agree": ["CASEWORKER"],
  "plan.proposeNote": ["THERAPIST"],
  "phase.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "phase.write": ["CASEWORKER"],
  "assessment.write": ["CASEWORKER"],
  "followUp.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "followUp.write": ["CASEWORKER", "THERAPIST"],
  "contactPlan.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR"],
  "contactPlan.write": ["CASEWORKER"],
  "contactPlan.comment": ["CONSULTANT"],
  "contactSession.record": ["SITE"],
  "meeting.call": ["CASEWORKER", "COORDINATOR"],
  "meeting.viewInvited": ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR"],
  "admin.users": ["ADMIN"],
  "admin.sites": ["ADMIN"],
  // The municipality's own settings (tolerance, start-up warning, maintenance intervals, reminder e-mails, idle timeout).
  "admin.settings": ["ADMIN"],
  "user.endSessions": ["ADMIN"],
  // Moving a leaver's families to colleagues: the administrator by counts, the coordinator also by name.
  "caseload.handover": ["ADMIN", "COORDINATOR"],
  "audit.view": ["CASEWORKER", "COORDINATOR", "ADMIN"],
  "statistics.view": ["COORDINATOR"],
  "programme.overview": ["COORDINATOR"],
  "notifications.own": ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR", "ADMIN"],
  "session.endOwn": ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR", "ADMIN", "PARENT"],
  "statistics.export": ["COORDINATOR"],
  // Adding a child or a parent to a family; placements (start, move, end); who works on the family.
  "family.people": ["CASEWORKER"],
  "placement.write": ["CASEWORKER"],
  "family.staff": ["CASEWORKER", "COORDINATOR"],
  // The case journal (notatpligt): read by everyone who sees the family, written by those who work
  // on it. Placement sites see children, not the case, so neither.
  "journal.view": ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"],
  "journal.write": ["CASEWORKER", "THERAPIST", "COORDINATOR"],
  // Styrket match (../shared/spec/matching.md, "Who sees what"). Which cases: matchingCaseScope.
  "matching.view": ["CASEWORKER", "CONSULTANT"],
  "matching.open": ["CASEWORKER"],
  // The profile, the wishes, candidates and their ratings, referrals sent, visits, the first year's talks.
  "matching.write": ["CASEWORKER", "CONSULTANT"],
  // Moving the case between stages, withdrawing it, the § 52 decision and telling the parties.
  "matching.decide": ["CASEWORKER"],
  "matching.breakdown": ["CASEWORKER", "CONSULTANT"],
  // A site reads and answers only the anonymised referrals sent to it (referralScope).
  "referral.answer": ["SITE"],
  // The sites' matching profiles: read by those who search, kept by the consultants.
  "siteProfile.view": ["CASEWORKER", "CONSULTANT"],
  "siteProfile.write": ["CONSULTANT"],
  // The parents' own access (../shared/spec/parents.md): a second need-to-know boundary. A parent reaches
  // only their own family, and within it only what the portal's reads select (portalFamilyScope).
  "portal.view": ["PARENT"],
  // Agreeing or not to a plan version offered to them, rating their goals, a comment for the next revision.
  "portal.respond": ["PARENT"],
  "portal.rate": ["PARENT"],
  "portal.comment": ["PARENT"],
  // Asking for access to their own case file (aktindsigt, forvaltningsloven § 9).
  "portal.fileRequest": ["PARENT"],
  // Inviting a parent, suspending and reopening their access, sharing the site's contact details with them.
  "parentAccess.manage": ["CASEWORKER"],
  // Answering a parent's request for access to their file.
  "fileRequest.answer": ["CASEWORKER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
