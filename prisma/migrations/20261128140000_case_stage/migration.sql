-- Family.currentPhase (a PhaseKind) could not say that a cycle had ended and waited for its
-- assessment, or had been assessed and waited for the next phase: such families were stored as
-- START_UP. Family.stage holds caseStage() (src/domain/method/snapshot.ts) instead.
CREATE TYPE "CaseStage" AS ENUM ('START_UP', 'CHANGE', 'MAINTENANCE', 'AWAITING_ASSESSMENT', 'AWAITING_NEXT_PHASE', 'CLOSED');

ALTER TABLE "Family" ADD COLUMN "stage" "CaseStage" NOT NULL DEFAULT 'START_UP';

-- The same rule as caseStage(): closed; else the open phase's kind; else the latest phase is an
-- ended cycle without an assessment; else the family waits for its next phase.
UPDATE "Family" f SET "stage" = (CASE
  WHEN f."currentPhase" = 'CLOSED' THEN 'CLOSED'
  WHEN open.kind IS NOT NULL THEN open.kind::text
  WHEN last.kind IN ('CHANGE', 'MAINTENANCE') AND last."endDate" IS NOT NULL AND NOT last.assessed THEN 'AWAITING_ASSESSMENT'
  ELSE 'AWAITING_NEXT_PHASE'
END)::"CaseStage"
FROM "Family" f2
LEFT JOIN LATERAL (SELECT p.kind FROM "Phase" p WHERE p."familyId" = f2.id AND p."endDate" IS NULL LIMIT 1) open ON true
LEFT JOIN LATERAL (
  SELECT p.kind, p."endDate", EXISTS (SELECT 1 FROM "Assessment" a WHERE a."phaseId" = p.id) AS assessed
  FROM "Phase" p WHERE p."familyId" = f2.id ORDER BY p."startDate" DESC, p."createdAt" DESC LIMIT 1
) last ON true
WHERE f2.id = f.id;

DROP INDEX "Family_municipalityId_currentPhase_idx";
ALTER TABLE "Family" DROP COLUMN "currentPhase";
CREATE INDEX "Family_municipalityId_stage_idx" ON "Family"("municipalityId", "stage");
