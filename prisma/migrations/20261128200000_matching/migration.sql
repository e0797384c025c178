-- Styrket match: matching cases, profiles, wishes, candidates and ratings, visits, the § 52 decision and its notices,
-- the first year's talks and supervision visits, breakdowns, and the sites' matching profiles (decision 005).

-- CreateEnum
CREATE TYPE "MatchingStage" AS ENUM ('PROFILE', 'SEARCH', 'SHORTLIST', 'VISITS', 'PROPOSAL', 'DECISION', 'TRANSITION', 'FIRST_YEAR', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MatchingUrgency" AS ENUM ('PLANNED', 'ACUTE');

-- CreateEnum
CREATE TYPE "ReferralAnswer" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'QUESTION');

-- CreateEnum
CREATE TYPE "CriterionRating" AS ENUM ('MET', 'PARTLY', 'NOT_MET', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "FirstYearEventKind" AS ENUM ('EXPECTATION_TALK', 'SUPERVISION_VISIT');

-- CreateEnum
CREATE TYPE "BreakdownEndedBy" AS ENUM ('CHILD', 'SITE', 'MUNICIPALITY', 'PARENTS', 'SEVERAL');

-- CreateTable
CREATE TABLE "MatchingCase" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "openedById" TEXT NOT NULL,
    "consultantId" TEXT,
    "urgency" "MatchingUrgency" NOT NULL,
    "legalBasis" "LegalBasis" NOT NULL,
    "deadline" DATE,
    "stage" "MatchingStage" NOT NULL DEFAULT 'PROFILE',
    "proposedCandidateId" TEXT,
    "withdrawnReason" TEXT,
    "previousPlacementId" TEXT,
    "openedOn" DATE NOT NULL,
    "moveDate" DATE,
    "closedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MatchingCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingProfile" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "needs" TEXT NOT NULL DEFAULT '',
    "resources" TEXT NOT NULL DEFAULT '',
    "school" TEXT NOT NULL DEFAULT '',
    "inSchool" BOOLEAN NOT NULL DEFAULT true,
    "siblings" TEXT NOT NULL DEFAULT '',
    "hasSiblings" BOOLEAN NOT NULL DEFAULT false,
    "placeSiblingsTogether" BOOLEAN,
    "health" TEXT NOT NULL DEFAULT '',
    "languageCulture" TEXT NOT NULL DEFAULT '',
    "interests" TEXT NOT NULL DEFAULT '',
    "network" TEXT NOT NULL DEFAULT '',
    "distanceToParents" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchingProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingWish" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "person" TEXT NOT NULL,
    "words" TEXT NOT NULL DEFAULT '',
    "fears" TEXT NOT NULL DEFAULT '',
    "heardOn" DATE,
    "heardHow" TEXT NOT NULL DEFAULT '',
    "heardById" TEXT,
    "notHeardReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MatchingWish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingCandidate" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "referralSentOn" DATE,
    "referral" JSONB,
    "answer" "ReferralAnswer" NOT NULL DEFAULT 'PENDING',
    "answerNote" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MatchingCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateRating" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "rating" "CriterionRating" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "ratedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CandidateRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchVisit" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "childHowWasIt" TEXT NOT NULL DEFAULT '',
    "childNeedsNow" TEXT NOT NULL DEFAULT '',
    "parentsHowWasIt" TEXT NOT NULL DEFAULT '',
    "parentsNeedsNow" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingDecision" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "decidedById" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "wishes" JSONB NOT NULL,
    "childWishOutcome" TEXT NOT NULL,
    "parentWishOutcome" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionNotice" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "partyKind" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "communicatedOn" DATE NOT NULL,
    "how" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirstYearEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "FirstYearEventKind" NOT NULL,
    "months" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "spokeWithChild" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirstYearEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementBreakdown" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "endedBy" "BreakdownEndedBy" NOT NULL,
    "causes" TEXT[],
    "causeText" TEXT NOT NULL DEFAULT '',
    "warningSigns" TEXT NOT NULL DEFAULT '',
    "learned" TEXT NOT NULL,
    "newCaseId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementBreakdown_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteMatchProfile" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "competences" TEXT NOT NULL DEFAULT '',
    "household" TEXT NOT NULL DEFAULT '',
    "pets" TEXT NOT NULL DEFAULT '',
    "parentCollaboration" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SiteMatchProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchingCase_municipalityId_stage_idx" ON "MatchingCase"("municipalityId", "stage");

-- CreateIndex
CREATE INDEX "MatchingCase_childId_idx" ON "MatchingCase"("childId");

-- CreateIndex
CREATE INDEX "MatchingCase_consultantId_stage_idx" ON "MatchingCase"("consultantId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingProfile_caseId_version_key" ON "MatchingProfile"("caseId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingWish_caseId_person_key" ON "MatchingWish"("caseId", "person");

-- CreateIndex
CREATE INDEX "MatchingCandidate_siteId_referralSentOn_idx" ON "MatchingCandidate"("siteId", "referralSentOn");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingCandidate_caseId_siteId_key" ON "MatchingCandidate"("caseId", "siteId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateRating_candidateId_criterion_key" ON "CandidateRating"("candidateId", "criterion");

-- CreateIndex
CREATE INDEX "MatchVisit_candidateId_visitedOn_idx" ON "MatchVisit"("candidateId", "visitedOn");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingDecision_caseId_key" ON "MatchingDecision"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingDecision_candidateId_key" ON "MatchingDecision"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchingDecision_placementId_key" ON "MatchingDecision"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionNotice_caseId_partyKind_partyId_key" ON "DecisionNotice"("caseId", "partyKind", "partyId");

-- CreateIndex
CREATE INDEX "FirstYearEvent_caseId_kind_idx" ON "FirstYearEvent"("caseId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementBreakdown_placementId_key" ON "PlacementBreakdown"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementBreakdown_newCaseId_key" ON "PlacementBreakdown"("newCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "SiteMatchProfile_siteId_key" ON "SiteMatchProfile"("siteId");

-- AddForeignKey
ALTER TABLE "MatchingCase" ADD CONSTRAINT "MatchingCase_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingCase" ADD CONSTRAINT "MatchingCase_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingProfile" ADD CONSTRAINT "MatchingProfile_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingWish" ADD CONSTRAINT "MatchingWish_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingCandidate" ADD CONSTRAINT "MatchingCandidate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingCandidate" ADD CONSTRAINT "MatchingCandidate_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "PlacementSite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRating" ADD CONSTRAINT "CandidateRating_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "MatchingCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchVisit" ADD CONSTRAINT "MatchVisit_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "MatchingCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingDecision" ADD CONSTRAINT "MatchingDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingDecision" ADD CONSTRAINT "MatchingDecision_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionNotice" ADD CONSTRAINT "DecisionNotice_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstYearEvent" ADD CONSTRAINT "FirstYearEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MatchingCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementBreakdown" ADD CONSTRAINT "PlacementBreakdown_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteMatchProfile" ADD CONSTRAINT "SiteMatchProfile_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "PlacementSite"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open matching case per child, held by the database against a race of two caseworkers.
CREATE UNIQUE INDEX "MatchingCase_one_open_per_child" ON "MatchingCase"("childId") WHERE "stage" NOT IN ('CLOSED', 'WITHDRAWN');
