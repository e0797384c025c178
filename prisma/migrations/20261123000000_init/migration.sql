-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CASEWORKER', 'THERAPIST', 'CONSULTANT', 'SITE', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('MOST_VULNERABLE', 'SEMI_VULNERABLE', 'PSYCH_VULNERABLE_SINGLE', 'RESOURCE_STRONG');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('START_UP', 'CHANGE', 'MAINTENANCE', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('CASEWORKER', 'THERAPIST');

-- CreateEnum
CREATE TYPE "SiteMembershipRole" AS ENUM ('STAFF', 'CONSULTANT');

-- CreateEnum
CREATE TYPE "SiteKind" AS ENUM ('FOSTER_FAMILY', 'NETWORK_FOSTER_FAMILY', 'RESIDENTIAL_INSTITUTION', 'OPHOLDSSTED', 'BOARDING_SCHOOL', 'OWN_ROOM');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('VOLUNTARY', 'WITHOUT_CONSENT');

-- CreateEnum
CREATE TYPE "PlanVersionStatus" AS ENUM ('DRAFT', 'AGREED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AgreementMode" AS ENUM ('IN_PERSON', 'PHONE', 'VIDEO', 'OTHER');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('ACTIVE', 'REACHED', 'DROPPED');

-- CreateEnum
CREATE TYPE "AssessmentDecision" AS ENUM ('START_MAINTENANCE', 'START_CHANGE', 'CLOSE');

-- CreateEnum
CREATE TYPE "ContactFrequency" AS ENUM ('WEEKLY', 'EVERY_OTHER_WEEK', 'EVERY_OTHER_WEEKEND', 'MONTHLY', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ContactMode" AS ENUM ('IN_PERSON', 'PHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "ContactSessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED_BY_PARENT', 'CANCELLED_BY_SITE', 'CANCELLED_BY_CHILD');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('USER', 'PARENT', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('VIEW', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'ACCESS_DENIED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILURE');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "municipalityId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementSite" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SiteKind" NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlacementSite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "role" "SiteMembershipRole" NOT NULL,

    CONSTRAINT "SiteMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Family" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "caseNumber" TEXT,
    "displayName" TEXT NOT NULL,
    "targetGroup" "TargetGroup",
    "currentPhase" "PhaseKind" NOT NULL DEFAULT 'START_UP',
    "nextFollowUpDue" DATE,
    "enrolledOn" DATE NOT NULL,
    "closedOn" DATE,
    "closeReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyAssignment" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "AssignmentRole" NOT NULL,

    CONSTRAINT "FamilyAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parent" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "hasCustody" BOOLEAN NOT NULL DEFAULT true,
    "strengths" TEXT NOT NULL DEFAULT '',
    "wishes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "type" "SiteKind" NOT NULL,
    "legalBasis" "LegalBasis" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PlanVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "parentsAccount" TEXT NOT NULL DEFAULT '',
    "agreedOn" DATE,
    "agreedHow" "AgreementMode",
    "draftedById" TEXT NOT NULL,
    "agreedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "parentsWords" TEXT NOT NULL DEFAULT '',
    "successCriteria" TEXT NOT NULL DEFAULT '',
    "supportedBy" TEXT NOT NULL DEFAULT '',
    "status" "GoalStatus" NOT NULL DEFAULT 'ACTIVE',
    "dropReason" TEXT,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "plannedWeeks" INTEGER,
    "followUpIntervalDays" INTEGER,
    "endDate" DATE,
    "earlyEndReason" TEXT,
    "justification" TEXT,
    "startedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "progressionSummary" TEXT NOT NULL,
    "parentsView" TEXT NOT NULL DEFAULT '',
    "decision" "AssessmentDecision" NOT NULL,
    "justification" TEXT,
    "closeReason" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "heldById" TEXT NOT NULL,
    "parentsPresent" BOOLEAN NOT NULL DEFAULT true,
    "withWhom" TEXT NOT NULL DEFAULT '',
    "agreedUntilNext" TEXT NOT NULL DEFAULT '',
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalRating" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "GoalRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPlan" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ContactPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPlanVersion" (
    "id" TEXT NOT NULL,
    "contactPlanId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "frequency" "ContactFrequency" NOT NULL,
    "customDates" DATE[],
    "durationMinutes" INTEGER NOT NULL,
    "place" TEXT NOT NULL,
    "supervised" BOOLEAN NOT NULL,
    "supervisedBy" TEXT,
    "mode" "ContactMode" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactSession" (
    "id" TEXT NOT NULL,
    "contactPlanId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "ContactSessionStatus" NOT NULL DEFAULT 'PLANNED',
    "observation" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "recordedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ContactSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPlanComment" (
    "id" TEXT NOT NULL,
    "contactPlanId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactPlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "videoLink" TEXT,
    "purpose" TEXT NOT NULL,
    "agenda" TEXT[],
    "minutes" TEXT NOT NULL DEFAULT '',
    "decisions" TEXT NOT NULL DEFAULT '',
    "calledById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "email" TEXT,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerName" TEXT NOT NULL,
    "dueDate" DATE,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" "AuditAction" NOT NULL,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'SUCCESS',
    "recordType" TEXT NOT NULL,
    "recordId" TEXT,
    "familyId" TEXT,
    "municipalityId" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_municipalityId_role_idx" ON "User"("municipalityId", "role");

-- CreateIndex
CREATE INDEX "SiteMembership_siteId_idx" ON "SiteMembership"("siteId");

-- CreateIndex
CREATE UNIQUE INDEX "SiteMembership_userId_siteId_role_key" ON "SiteMembership"("userId", "siteId", "role");

-- CreateIndex
CREATE INDEX "Family_municipalityId_currentPhase_idx" ON "Family"("municipalityId", "currentPhase");

-- CreateIndex
CREATE INDEX "Family_municipalityId_nextFollowUpDue_idx" ON "Family"("municipalityId", "nextFollowUpDue");

-- CreateIndex
CREATE INDEX "Family_municipalityId_displayName_idx" ON "Family"("municipalityId", "displayName");

-- CreateIndex
CREATE INDEX "FamilyAssignment_userId_role_idx" ON "FamilyAssignment"("userId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyAssignment_familyId_userId_role_key" ON "FamilyAssignment"("familyId", "userId", "role");

-- CreateIndex
CREATE INDEX "Parent_familyId_idx" ON "Parent"("familyId");

-- CreateIndex
CREATE INDEX "Child_familyId_idx" ON "Child"("familyId");

-- CreateIndex
CREATE INDEX "Placement_childId_idx" ON "Placement"("childId");

-- CreateIndex
CREATE INDEX "Placement_siteId_endDate_idx" ON "Placement"("siteId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_familyId_key" ON "ActionPlan"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanVersion_planId_number_key" ON "ActionPlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "Goal_planVersionId_idx" ON "Goal"("planVersionId");

-- CreateIndex
CREATE INDEX "Goal_lineageId_idx" ON "Goal"("lineageId");

-- CreateIndex
CREATE INDEX "Phase_familyId_startDate_idx" ON "Phase"("familyId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_phaseId_key" ON "Assessment"("phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_requestId_key" ON "FollowUp"("requestId");

-- CreateIndex
CREATE INDEX "FollowUp_familyId_date_idx" ON "FollowUp"("familyId", "date");

-- CreateIndex
CREATE INDEX "FollowUp_phaseId_date_idx" ON "FollowUp"("phaseId", "date");

-- CreateIndex
CREATE INDEX "GoalRating_goalId_idx" ON "GoalRating"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalRating_followUpId_goalId_key" ON "GoalRating"("followUpId", "goalId");

-- CreateIndex
CREATE INDEX "ContactPlan_childId_idx" ON "ContactPlan"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactPlanVersion_contactPlanId_number_key" ON "ContactPlanVersion"("contactPlanId", "number");

-- CreateIndex
CREATE INDEX "ContactSession_date_status_idx" ON "ContactSession"("date", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ContactSession_contactPlanId_date_key" ON "ContactSession"("contactPlanId", "date");

-- CreateIndex
CREATE INDEX "ContactPlanComment_contactPlanId_createdAt_idx" ON "ContactPlanComment"("contactPlanId", "createdAt");

-- CreateIndex
CREATE INDEX "Meeting_familyId_startsAt_idx" ON "Meeting"("familyId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_municipalityId_startsAt_idx" ON "Meeting"("municipalityId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingParticipant_meetingId_idx" ON "MeetingParticipant"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_userId_idx" ON "MeetingParticipant"("userId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerUserId_doneAt_idx" ON "ActionItem"("ownerUserId", "doneAt");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "AuditEvent_municipalityId_at_idx" ON "AuditEvent"("municipalityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_familyId_at_idx" ON "AuditEvent"("familyId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteMembership" ADD CONSTRAINT "SiteMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteMembership" ADD CONSTRAINT "SiteMembership_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "PlacementSite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Family" ADD CONSTRAINT "Family_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyAssignment" ADD CONSTRAINT "FamilyAssignment_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyAssignment" ADD CONSTRAINT "FamilyAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Parent" ADD CONSTRAINT "Parent_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "PlacementSite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalRating" ADD CONSTRAINT "GoalRating_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalRating" ADD CONSTRAINT "GoalRating_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPlan" ADD CONSTRAINT "ContactPlan_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPlanVersion" ADD CONSTRAINT "ContactPlanVersion_contactPlanId_fkey" FOREIGN KEY ("contactPlanId") REFERENCES "ContactPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactSession" ADD CONSTRAINT "ContactSession_contactPlanId_fkey" FOREIGN KEY ("contactPlanId") REFERENCES "ContactPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPlanComment" ADD CONSTRAINT "ContactPlanComment_contactPlanId_fkey" FOREIGN KEY ("contactPlanId") REFERENCES "ContactPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open phase per family: a read-then-write race between two phase starts fails here.
CREATE UNIQUE INDEX "Phase_one_open_per_family" ON "Phase"("familyId") WHERE "endDate" IS NULL;

-- The audit log is append-only for every client of this database, not only for the app.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
