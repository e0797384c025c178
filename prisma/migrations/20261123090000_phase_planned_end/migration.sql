-- AlterTable
ALTER TABLE "Phase" ADD COLUMN     "plannedEndDate" DATE;

-- CreateIndex
CREATE INDEX "Phase_endDate_plannedEndDate_idx" ON "Phase"("endDate", "plannedEndDate");


-- Existing cycles get the same planned end the domain computes: start + weeks × 7 − 1.
UPDATE "Phase" SET "plannedEndDate" = "startDate" + ("plannedWeeks" * 7 - 1) WHERE "plannedWeeks" IS NOT NULL;
