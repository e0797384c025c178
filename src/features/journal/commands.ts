import "server-only";
import { checkCorrection, checkEdit, checkOccurredOn, type JournalRefusal } from "@/domain/journal";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import type { Tx } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { toDbDate } from "@/server/dates";
import { editEntryInput, writeEntryInput } from "./schemas";

const refuse = (r: JournalRefusal) => ruleViolation(r.reason, r.params, r.field);

// No assertCaseWritable here, on purpose: a closed case still takes journal notes (a closing
// note, a call after closing). The rule and its reason: JOURNAL_WRITABLE_WHEN_CLOSED in src/domain/journal.
async function reachForWriting(tx: Tx, actor: Actor, familyId: string) {
  const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, "journal.write") }, select: { id: true } });
  if (!family) throw notFound();
  return family;
}

/** A new journal entry, or a correction of an earlier one (which then shows "corrected by"). */
export const writeJournalEntry = defineCommand({
  name: "writeJournalEntry",
  permission: "journal.write",
  input: writeEntryInput,
  async run({ actor, tx, today, now, audit }, input) {
    await reachForWriting(tx, actor, input.familyId);
    const dateRefusal = checkOccurredOn(input.occurredOn, today);
    if (dateRefusal) throw refuse(dateRefusal);
    if (input.correctsId) {
      const target = await tx.journalEntry.findFirst({
        where: { id: input.correctsId, familyId: input.familyId },
        select: { id: true, correctedBy: { select: { id: true } } },
      });
      if (!target) throw notFound();
      const refusal = checkCorrection({ correctedById: target.correctedBy?.id ?? null });
      if (refusal) throw refuse(refusal);
      // The corrected entry's version moves on, so its author's edit form opened before is now stale.
      await tx.journalEntry.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    }
    const entry = await tx.journalEntry.create({
      data: {
        familyId: input.familyId, occurredOn: toDbDate(input.occurredOn), kind: input.kind, title: input.title, text: input.text, withWhom: input.withWhom,
        authorId: actor.id, authorRole: actor.role, authorName: actor.name, correctsId: input.correctsId,
        // The command's clock, not the database's: the 24-hour edit window is measured on it.
        createdAt: now,
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "JournalEntry", recordId: entry.id, familyId: input.familyId, details: input.correctsId ? { corrects: input.correctsId } : undefined });
    return { entryId: entry.id };
  },
});

/** The author's own fix within 24 hours of writing; afterwards the entry stands and is corrected instead. */
export const editJournalEntry = defineCommand({
  name: "editJournalEntry",
  permission: "journal.write",
  input: editEntryInput,
  async run({ actor, tx, today, now, audit }, input) {
    await reachForWriting(tx, actor, input.familyId);
    const entry = await tx.journalEntry.findFirst({
      where: { id: input.entryId, familyId: input.familyId },
      select: { id: true, authorId: true, createdAt: true, version: true, correctedBy: { select: { id: true } } },
    });
    if (!entry) throw notFound();
    const refusal = checkEdit({ authorId: entry.authorId, createdAt: entry.createdAt, correctedById: entry.correctedBy?.id ?? null }, actor.id, now)
      ?? checkOccurredOn(input.occurredOn, today);
    if (refusal) throw refuse(refusal);
    const { count } = await tx.journalEntry.updateMany({
      where: { id: entry.id, version: input.version },
      data: { occurredOn: toDbDate(input.occurredOn), kind: input.kind, title: input.title, text: input.text, withWhom: input.withWhom, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "JournalEntry", recordId: entry.id, familyId: input.familyId });
    return { entryId: entry.id };
  },
});
