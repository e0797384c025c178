import { z } from "zod";
import { JOURNAL_KINDS } from "@/domain/journal";
import { calendarDate, id, optionalText, shortText, version } from "@/server/schemas";

const entryFields = {
  familyId: id,
  occurredOn: calendarDate,
  kind: z.enum(JOURNAL_KINDS),
  title: shortText(200),
  text: shortText(20_000),
  withWhom: optionalText(500),
};

/** A new entry; with `correctsId` it corrects an earlier entry of the same family. */
export const writeEntryInput = z.object({
  ...entryFields,
  correctsId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
});

/** The form carries the entry's version: an entry edited or corrected meanwhile is a conflict. */
export const editEntryInput = z.object({ ...entryFields, entryId: id, version });

export const journalSearchInput = z.object({ q: z.string().trim().min(2).max(100) });
