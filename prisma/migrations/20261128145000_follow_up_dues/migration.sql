-- Family.nextFollowUpDue was "the first due date without a follow-up", stored at the last change:
-- one missed follow-up kept a family overdue (and its reminder key fixed) for the rest of the phase,
-- and the date went stale as days passed without a write. FollowUpDue stores every due date with
-- its window and the follow-up that counted (dueDateRecords() in src/domain/method/follow-ups.ts),
-- which does not depend on the day; lists work out next / missed / overdue from it with today's date.
DROP INDEX "Family_municipalityId_nextFollowUpDue_idx";
ALTER TABLE "Family" DROP COLUMN "nextFollowUpDue";

CREATE TABLE "FollowUpDue" (
    "phaseId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "windowStart" DATE NOT NULL,
    "windowEnd" DATE NOT NULL,
    "heldOn" DATE,
    "caughtUpOn" DATE,

    CONSTRAINT "FollowUpDue_pkey" PRIMARY KEY ("phaseId","dueDate"),
    CONSTRAINT "FollowUpDue_window_check" CHECK ("windowStart" <= "dueDate" AND "dueDate" <= "windowEnd"),
    CONSTRAINT "FollowUpDue_held_check" CHECK ("heldOn" IS NULL OR "heldOn" BETWEEN "windowStart" AND "windowEnd"),
    CONSTRAINT "FollowUpDue_caught_up_check" CHECK ("caughtUpOn" IS NULL OR ("heldOn" IS NULL AND "caughtUpOn" > "windowEnd"))
);

CREATE INDEX "FollowUpDue_familyId_idx" ON "FollowUpDue"("familyId");

ALTER TABLE "FollowUpDue" ADD CONSTRAINT "FollowUpDue_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FollowUpDue" ADD CONSTRAINT "FollowUpDue_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing cases: the same schedule as followUpSchedule() (every interval from the start up to the
-- planned or earlier actual end) with the municipality's interval and tolerance. A due date counts
-- the earliest follow-up in its window, which is what matchFollowUps() pairs whenever windows do not
-- overlap (interval > 2 × tolerance, as with every allowed setting today); the app rewrites a
-- family's rows from the domain at its next follow-up or phase change.
INSERT INTO "FollowUpDue" ("phaseId", "familyId", "dueDate", "windowStart", "windowEnd", "heldOn", "caughtUpOn")
SELECT h."phaseId", h."familyId", h.due, h.due - h.tol, h.due + h.tol, h.held,
       CASE WHEN h.held IS NULL THEN (SELECT min(fu.date) FROM "FollowUp" fu WHERE fu."phaseId" = h."phaseId" AND fu.date > h.due + h.tol) END
FROM (
SELECT d.*, (SELECT min(fu.date) FROM "FollowUp" fu WHERE fu."phaseId" = d."phaseId" AND fu.date BETWEEN d.due - d.tol AND d.due + d.tol) AS held
FROM (
  SELECT p.id AS "phaseId", p."familyId", (p."startDate" + g.i * c.iv)::date AS due, c.tol
  FROM "Phase" p
  JOIN "Family" f ON f.id = p."familyId"
  JOIN "Municipality" m ON m.id = f."municipalityId"
  CROSS JOIN LATERAL (SELECT
    COALESCE(p."followUpIntervalDays",
      CASE WHEN jsonb_typeof(m.settings -> 'method' -> 'changeFollowUpIntervalDays') = 'number'
           THEN round((m.settings -> 'method' ->> 'changeFollowUpIntervalDays')::numeric)::int END, 14) AS iv,
    CASE WHEN jsonb_typeof(m.settings -> 'method' -> 'overdueToleranceDays') = 'number'
         THEN round((m.settings -> 'method' ->> 'overdueToleranceDays')::numeric)::int ELSE 3 END AS tol,
    LEAST(p."plannedEndDate", COALESCE(p."endDate", p."plannedEndDate")) AS last) c
  CROSS JOIN LATERAL generate_series(1, GREATEST(0, (c.last - p."startDate") / GREATEST(c.iv, 1))) AS g(i)
  WHERE p.kind IN ('CHANGE', 'MAINTENANCE') AND p."plannedEndDate" IS NOT NULL AND c.iv >= 1 AND c.tol >= 0
) d
) h;
