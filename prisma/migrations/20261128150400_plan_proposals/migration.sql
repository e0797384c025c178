-- The therapist's voice on the plan (issue 10, item 6): proposals written against a plan version,
-- accepted into a draft or declined with a reason by the caseworker.
-- CreateEnum
CREATE TYPE "PlanProposalStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "PlanProposal" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "planVersionId" TEXT,
    "planVersionNumber" INTEGER NOT NULL,
    "goalLineageId" TEXT,
    "goalTitle" TEXT,
    "body" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "PlanProposalStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "declineReason" TEXT,
    "draftVersionId" TEXT,
    "draftNumber" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanProposal_familyId_status_idx" ON "PlanProposal"("familyId", "status");

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "ActionPlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_draftVersionId_fkey" FOREIGN KEY ("draftVersionId") REFERENCES "ActionPlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

