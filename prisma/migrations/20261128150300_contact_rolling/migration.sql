-- Sessions were generated only when a plan was saved, 182 days ahead, so an open-ended plan ran out.
-- ContactPlan.sessionsUntil records how far sessions have been generated, so a top-up (on save, on a
-- read, daily) fills only the days after it and a read can tell cheaply whether one is due.
ALTER TABLE "ContactPlan" ADD COLUMN "sessionsUntil" DATE;

-- Existing plans were generated through their last session: the top-up continues from there and
-- does not fill in past days the old code never generated.
UPDATE "ContactPlan" p SET "sessionsUntil" = (SELECT max(s."date") FROM "ContactSession" s WHERE s."contactPlanId" = p.id);

-- The daily top-up looks for plans whose horizon is short.
CREATE INDEX "ContactPlan_sessionsUntil_idx" ON "ContactPlan"("sessionsUntil");
