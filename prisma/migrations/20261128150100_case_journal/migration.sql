-- A case journal (issue 10, item 7): dated notes of what happened in a case, by whom as what role.
-- Entries are never deleted; a correction is a new entry pointing to the one it corrects.
CREATE TYPE "JournalKind" AS ENUM ('NOTE', 'CONVERSATION', 'PHONE_CALL', 'HOME_VISIT', 'MEETING', 'CORRESPONDENCE', 'CLOSING');

CREATE TABLE "JournalEntry" (
    "id" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "kind" "JournalKind" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "withWhom" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "authorName" TEXT NOT NULL,
    "correctsId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- One correction per entry: two people correcting the same note at once is a conflict, not a fork.
CREATE UNIQUE INDEX "JournalEntry_correctsId_key" ON "JournalEntry"("correctsId");
CREATE INDEX "JournalEntry_familyId_occurredOn_idx" ON "JournalEntry"("familyId", "occurredOn");

ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "JournalEntry" ADD CONSTRAINT "JournalEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "JournalEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Never deleted, whatever runs the SQL: the duty to keep notes outlives a slip of a hand-written
-- session. (The app deletes no family either; a family with journal entries could not be deleted.)
CREATE FUNCTION journal_entry_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'journal entries are never deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "JournalEntry_never_deleted" BEFORE DELETE ON "JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION journal_entry_never_deleted();
