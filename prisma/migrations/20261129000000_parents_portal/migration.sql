-- The parents' own access (issue 13): a parent's login (role PARENT, one per parent record), their own
-- ratings, their answers to a plan version offered to them, their comments for the next revision and their
-- requests for access to their file. A plan version agreed in the portal says so (AgreementMode PORTAL).
-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PARENT';

-- AlterEnum
ALTER TYPE "AgreementMode" ADD VALUE 'PORTAL';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "parentId" TEXT;

-- AlterTable
ALTER TABLE "Parent" ADD COLUMN     "portalPlanViewedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "siteSharedWithParents" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ActionPlanVersion" ADD COLUMN     "offeredToParentsAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ParentGoalRating" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "ratedOn" DATE NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParentGoalRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanResponse" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "agreed" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "versionSeen" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParentPlanComment" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParentPlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileAccessRequest" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "requestedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "answeredOn" DATE,
    "answeredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FileAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParentGoalRating_goalId_createdAt_idx" ON "ParentGoalRating"("goalId", "createdAt");

-- CreateIndex
CREATE INDEX "ParentGoalRating_familyId_createdAt_idx" ON "ParentGoalRating"("familyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ParentGoalRating_parentId_goalId_ratedOn_key" ON "ParentGoalRating"("parentId", "goalId", "ratedOn");

-- CreateIndex
CREATE INDEX "PlanResponse_planVersionId_idx" ON "PlanResponse"("planVersionId");

-- CreateIndex
CREATE INDEX "PlanResponse_parentId_idx" ON "PlanResponse"("parentId");

-- CreateIndex
CREATE INDEX "ParentPlanComment_familyId_createdAt_idx" ON "ParentPlanComment"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "FileAccessRequest_familyId_idx" ON "FileAccessRequest"("familyId");

-- CreateIndex
CREATE INDEX "FileAccessRequest_answeredOn_dueOn_idx" ON "FileAccessRequest"("answeredOn", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "User_parentId_key" ON "User"("parentId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentGoalRating" ADD CONSTRAINT "ParentGoalRating_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentGoalRating" ADD CONSTRAINT "ParentGoalRating_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanResponse" ADD CONSTRAINT "PlanResponse_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "ActionPlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanResponse" ADD CONSTRAINT "PlanResponse_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParentPlanComment" ADD CONSTRAINT "ParentPlanComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileAccessRequest" ADD CONSTRAINT "FileAccessRequest_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A parent rates 0–10, as the therapist does (src/domain/method/ratings.ts); Prisma cannot say so.
ALTER TABLE "ParentGoalRating" ADD CONSTRAINT "ParentGoalRating_rating_range" CHECK ("rating" BETWEEN 0 AND 10);
-- Only a parent login points at a parent record, and every parent login does (compared as text: the enum value is new in this transaction).
ALTER TABLE "User" ADD CONSTRAINT "User_parent_only_for_parents" CHECK (("role"::text = 'PARENT') = ("parentId" IS NOT NULL));
-- One open request for access to the file per parent: two requests sent at once cannot both be open.
CREATE UNIQUE INDEX "FileAccessRequest_one_open_per_parent" ON "FileAccessRequest"("parentId") WHERE "answeredOn" IS NULL;
