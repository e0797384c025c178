-- People and placements change (issue 10, item 3): a placement records why it ended, a child has
-- at most one open placement (a site's reach comes from it), and who held a family's caseworker
-- and therapist roles is kept apart from FamilyAssignment, which stays "who holds it now".
CREATE TYPE "PlacementEndReason" AS ENUM ('RETURNED_HOME', 'MOVED', 'TURNED_18', 'OTHER');

ALTER TABLE "Placement" ADD COLUMN "endReasonKind" "PlacementEndReason";

-- Two open placements would give two sites the child at once; a move ends one and starts the next
-- in one transaction, so this holds even against two caseworkers moving the same child.
CREATE UNIQUE INDEX "Placement_one_open_per_child" ON "Placement"("childId") WHERE "endDate" IS NULL;

CREATE TABLE "AssignmentHistory" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "fromAt" TIMESTAMPTZ(3) NOT NULL,
    "toAt" TIMESTAMPTZ(3),
    "changedById" TEXT,
    "endedById" TEXT,

    CONSTRAINT "AssignmentHistory_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AssignmentHistory_familyId_fromAt_idx" ON "AssignmentHistory"("familyId", "fromAt");

ALTER TABLE "AssignmentHistory" ADD CONSTRAINT "AssignmentHistory_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The holders of today have held it since the family was created, as far as anyone knows.
INSERT INTO "AssignmentHistory" ("id", "familyId", "userId", "role", "fromAt")
SELECT 'ah-' || a."id", a."familyId", a."userId", a."role", f."createdAt"
FROM "FamilyAssignment" a JOIN "Family" f ON f."id" = a."familyId";
