-- A meeting can be moved, re-placed, get other participants or be cancelled (sequence counts the
-- changes a calendar must apply; the .ics carries it), and its minutes are released to the
-- participants only when the caller or caseworker says so. Minutes written before this change were
-- shown to every participant, so they count as released.
ALTER TABLE "Meeting" ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "changedAt" TIMESTAMPTZ(3),
ADD COLUMN "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN "cancelReason" TEXT,
ADD COLUMN "minutesReleasedAt" TIMESTAMPTZ(3);

-- The .ics used version - 1 as its SEQUENCE; a calendar ignores an update with a lower one.
UPDATE "Meeting" SET "sequence" = "version" - 1;
UPDATE "Meeting" SET "minutesReleasedAt" = "updatedAt" WHERE "minutes" <> '' OR "decisions" <> '';
