import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { executeCommand, type Command } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { editJournalEntry, writeJournalEntry } from "@/features/journal/commands";
import { loadFamilyTimeline, loadJournalEntry, searchJournal } from "@/features/journal/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser, putInChange } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// The case journal: written by those who work on the family, read by those who see it, edited by
// its author for 24 hours and corrected by a new entry after that, never deleted. Every refusal
// leaves the case and the journal as they were.
const NOW = new Date("2026-11-20T10:00:00.000Z");
const at = (now: Date = NOW) => ({ now });
const HOUR = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

let cw: Actor, cw2: Actor, th: Actor, co: Actor, cons: Actor, site: Actor, otherCo: Actor, otherCw: Actor;
let fam: { id: string }, cw2Fam: { id: string }, otherFam: { id: string }, siteless: { id: string };

async function fingerprint(): Promise<string> {
  const db = await getDb();
  const journal = await db.journalEntry.findMany({ orderBy: { id: "asc" } });
  return (await caseFingerprint()) + JSON.stringify(journal);
}

async function expectRefused(command: Command<ZodType, unknown>, actor: Actor, input: Record<string, unknown>, expected: Record<string, unknown>, now = NOW) {
  const before = await fingerprint();
  const result = await executeCommand(command, actor, input, at(now));
  expect(result).toMatchObject({ ok: false, ...expected });
  expect(await fingerprint()).toBe(before);
}

const note = (familyId: string, extra: Record<string, unknown> = {}) => ({
  familyId, occurredOn: "2026-11-19", kind: "PHONE_CALL", title: "Opringning fra mor", text: "Mor ringede om samvær i weekenden.", withWhom: "Mor", ...extra,
});

async function write(actor: Actor, input: Record<string, unknown>, now = NOW): Promise<string> {
  const result = await executeCommand(writeJournalEntry, actor, input, at(now));
  if (!result.ok) throw new Error(`write refused: ${JSON.stringify(result)}`);
  return result.data.entryId;
}

beforeAll(async () => {
  const m = await makeMunicipality("Faxe");
  const other = await makeMunicipality("Esbjerg");
  const s = await makeSite("Plejefamilien Holm");
  const u = {
    cw: await makeUser("CASEWORKER", m.id), cw2: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id), co: await makeUser("COORDINATOR", m.id),
    cons: await makeUser("CONSULTANT", m.id), site: await makeUser("SITE", null), otherCo: await makeUser("COORDINATOR", other.id), otherCw: await makeUser("CASEWORKER", other.id),
  };
  await joinSite(u.cons.id, s.id, "CONSULTANT");
  await joinSite(u.site.id, s.id, "STAFF");
  fam = await makeFamily(m.id, { caseworkerId: u.cw.id, therapistId: u.th.id, siteId: s.id, name: "Familien Juhl" });
  cw2Fam = await makeFamily(m.id, { caseworkerId: u.cw2.id, name: "Familien Dam" });
  siteless = await makeFamily(m.id, { caseworkerId: u.cw.id, name: "Familien Berg" });
  otherFam = await makeFamily(other.id, { caseworkerId: u.otherCw.id, name: "Familien Vest" });
  const a = (x: { id: string }) => actorFor(x.id);
  [cw, cw2, th, co] = [await a(u.cw), await a(u.cw2), await a(u.th), await a(u.co)];
  [cons, site, otherCo, otherCw] = [await a(u.cons), await a(u.site), await a(u.otherCo), await a(u.otherCw)];
});

describe("writing the journal", () => {
  it("the caseworker, the therapist and the coordinator write; each entry keeps who wrote it as what role, and is audited", async () => {
    const db = await getDb();
    for (const actor of [cw, th, co]) {
      const id = await write(actor, note(fam.id, { title: `Notat af ${actor.role}` }));
      const row = await db.journalEntry.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ authorId: actor.id, authorRole: actor.role, authorName: actor.name, title: `Notat af ${actor.role}`, withWhom: "Mor", correctsId: null });
      expect(row.occurredOn.toISOString().slice(0, 10)).toBe("2026-11-19");
      expect(row.createdAt.toISOString()).toBe(NOW.toISOString());
      expect((await auditRows({ actorId: actor.id, recordId: id })).map((r) => r.action)).toEqual(["CREATE"]);
    }
  });

  it("refuses a date in the future with a message on that field, and empty or overlong text, changing nothing", async () => {
    await expectRefused(writeJournalEntry, cw, note(fam.id, { occurredOn: "2026-11-21" }), {
      code: "RULE", reason: "OCCURRED_IN_FUTURE", fieldErrors: { occurredOn: [{ key: "reasons.OCCURRED_IN_FUTURE" }] },
    });
    await expectRefused(writeJournalEntry, cw, note(fam.id, { title: "  " }), { code: "VALIDATION" });
    await expectRefused(writeJournalEntry, cw, note(fam.id, { text: "x".repeat(20_001) }), { code: "VALIDATION" });
    await expectRefused(writeJournalEntry, cw, note(fam.id, { kind: "GOSSIP" }), { code: "VALIDATION" });
    await expectRefused(writeJournalEntry, cw, note(fam.id, { occurredOn: "2026-02-30" }), { code: "VALIDATION" });
  });

  it("today in Copenhagen counts, even late in the evening when UTC is still on the day before", async () => {
    const evening = new Date("2026-11-20T23:30:00.000Z"); // 00:30 on 21 November in Copenhagen
    expect(await executeCommand(writeJournalEntry, cw, note(fam.id, { occurredOn: "2026-11-21" }), at(evening))).toMatchObject({ ok: true });
  });

  it("is not found for a site user, a consultant (who only reads), a caseworker of another family and another municipality; each attempt is audited", async () => {
    for (const [actor, familyId] of [[site, fam.id], [cons, fam.id], [cw2, fam.id], [otherCo, fam.id], [otherCw, fam.id], [cw, otherFam.id]] as const) {
      await expectRefused(writeJournalEntry, actor, note(familyId), { code: "NOT_FOUND" });
      const denied = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).filter((r) => r.recordType === "writeJournalEntry");
      expect(denied.length).toBeGreaterThan(0);
    }
  });

  it("still takes a note after the case is closed: a closing note is part of the case", async () => {
    const db = await getDb();
    const closedFam = await makeFamily((await db.family.findUniqueOrThrow({ where: { id: fam.id } })).municipalityId, { caseworkerId: cw.id });
    await db.family.update({ where: { id: closedFam.id }, data: { stage: "CLOSED", closedOn: new Date("2026-11-18T00:00:00Z") } });
    const id = await write(cw, note(closedFam.id, { kind: "CLOSING", title: "Afslutningsnotat", occurredOn: "2026-11-18" }));
    expect((await db.journalEntry.findUniqueOrThrow({ where: { id } })).kind).toBe("CLOSING");
  });
});

describe("editing within 24 hours, correcting after", () => {
  it("the author edits within the window; at 24 hours the entry stands and nobody else ever edits it", async () => {
    const id = await write(cw, note(fam.id));
    const db = await getDb();
    const edit = (actor: Actor, version: number, now: Date, title = "Opringning fra mor (rettet stavefejl)") =>
      executeCommand(editJournalEntry, actor, { ...note(fam.id), entryId: id, version, title }, at(now));

    expect(await edit(cw, 1, later(23.99))).toMatchObject({ ok: true });
    expect((await db.journalEntry.findUniqueOrThrow({ where: { id } })).title).toBe("Opringning fra mor (rettet stavefejl)");
    expect((await auditRows({ actorId: cw.id, recordId: id })).map((r) => r.action)).toEqual(["CREATE", "UPDATE"]);

    const form = { ...note(fam.id), entryId: id, version: 2, title: "Ny overskrift" };
    await expectRefused(editJournalEntry, cw, form, { code: "RULE", reason: "EDIT_WINDOW_PASSED", params: { hours: 24 } }, later(24));
    await expectRefused(editJournalEntry, th, form, { code: "RULE", reason: "NOT_AUTHOR" }, later(1));
    await expectRefused(editJournalEntry, co, form, { code: "RULE", reason: "NOT_AUTHOR" }, later(1));
  });

  it("no entry is ever deleted, not even by hand-written SQL", async () => {
    const id = await write(cw, note(fam.id));
    const db = await getDb();
    await expect(db.$executeRawUnsafe(`DELETE FROM "JournalEntry" WHERE "id" = $1`, id)).rejects.toThrow();
    await expect(db.journalEntry.delete({ where: { id } })).rejects.toThrow();
    expect(await db.journalEntry.count({ where: { id } })).toBe(1);
  });

  it("a stale form is a conflict, never a silent overwrite", async () => {
    const id = await write(cw, note(fam.id));
    expect(await executeCommand(editJournalEntry, cw, { ...note(fam.id), entryId: id, version: 1, title: "Første rettelse" }, at(later(1)))).toMatchObject({ ok: true });
    await expectRefused(editJournalEntry, cw, { ...note(fam.id), entryId: id, version: 1, title: "Fra en gammel fane" }, { code: "CONFLICT" }, later(2));
  });

  it("a correction is a new entry pointing to the old one; the old one stays, shows who corrected it, and is corrected only once", async () => {
    const db = await getDb();
    const a = await write(cw, note(fam.id, { title: "Hjemmebesøg", text: "Far var til stede." }));
    const b = await write(th, note(fam.id, { title: "Hjemmebesøg (rettelse)", text: "Far var ikke til stede.", correctsId: a }), later(30));
    const old = await db.journalEntry.findUniqueOrThrow({ where: { id: a } });
    expect(old.text).toBe("Far var til stede.");
    expect(old.version).toBe(2);
    expect((await auditRows({ actorId: th.id, recordId: b }))[0]?.details).toEqual({ corrects: a });

    const shown = await loadJournalEntry(co, fam.id, a, later(31));
    expect(shown?.entry.correctedBy).toMatchObject({ id: b, authorName: th.name });
    expect(shown?.entry).toMatchObject({ canEdit: false, canCorrect: false });
    expect((await loadJournalEntry(co, fam.id, b, later(31)))?.entry).toMatchObject({ corrects: { id: a }, canCorrect: true, canEdit: false });

    await expectRefused(writeJournalEntry, co, note(fam.id, { correctsId: a }), { code: "RULE", reason: "ALREADY_CORRECTED" }, later(32));
    // The chain goes on from the latest correction.
    const c = await write(co, note(fam.id, { title: "Hjemmebesøg (anden rettelse)", correctsId: b }), later(33));
    expect((await db.journalEntry.findUniqueOrThrow({ where: { id: c } })).correctsId).toBe(b);
  });

  it("the author cannot edit an entry someone corrected within the hour, and the old edit form is stale", async () => {
    const a = await write(cw, note(fam.id));
    await write(th, note(fam.id, { correctsId: a }), later(0.5));
    await expectRefused(editJournalEntry, cw, { ...note(fam.id), entryId: a, version: 2 }, { code: "RULE", reason: "ENTRY_CORRECTED" }, later(1));
  });

  it("an entry of another family, or a made-up id, cannot be corrected or edited through this family", async () => {
    const foreign = await write(cw, note(siteless.id));
    await expectRefused(writeJournalEntry, cw, note(fam.id, { correctsId: foreign }), { code: "NOT_FOUND" });
    await expectRefused(writeJournalEntry, cw, note(fam.id, { correctsId: "nope" }), { code: "NOT_FOUND" });
    await expectRefused(editJournalEntry, cw, { ...note(fam.id), entryId: foreign, version: 1 }, { code: "NOT_FOUND" });
    const theirs = await write(otherCw, note(otherFam.id));
    await expectRefused(editJournalEntry, otherCo, { ...note(fam.id), entryId: theirs, version: 1 }, { code: "NOT_FOUND" });
  });
});

describe("reading the journal and the timeline", () => {
  it("is read by those who see the family, audited; a site user and another municipality get nothing", async () => {
    for (const actor of [cw, th, co, cons]) {
      const timeline = await loadFamilyTimeline(actor, fam.id, 1, NOW);
      expect(timeline?.items.some((i) => i.kind === "JOURNAL")).toBe(true);
      expect((await auditRows({ actorId: actor.id, action: "VIEW", familyId: fam.id })).some((r) => r.recordType === "Journal")).toBe(true);
    }
    expect((await loadFamilyTimeline(cons, fam.id, 1, NOW))?.canWrite).toBe(false);
    for (const actor of [site, otherCo, cw2]) {
      expect(await loadFamilyTimeline(actor, fam.id, 1, NOW)).toBeNull();
      expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED", familyId: undefined })).some((r) => r.recordId === fam.id && r.recordType === "Family")).toBe(true);
    }
    const entry = (await getDb()).journalEntry.findFirstOrThrow({ where: { familyId: fam.id } });
    expect(await loadJournalEntry(site, fam.id, (await entry).id, NOW)).toBeNull();
    expect(await loadJournalEntry(otherCo, fam.id, (await entry).id, NOW)).toBeNull();
    // An entry id of another family through a family the user does see: not found either.
    expect(await loadJournalEntry(cw, siteless.id, (await entry).id, NOW)).toBeNull();
  });

  it("tells the story newest first: phase changes, follow-ups and notes together, 30 at a time", async () => {
    const db = await getDb();
    const f = await makeFamily((await db.family.findUniqueOrThrow({ where: { id: fam.id } })).municipalityId, { caseworkerId: cw.id });
    await putInChange(f.id, { startDate: "2026-09-07", followUps: ["2026-09-21"] });
    await write(cw, note(f.id, { occurredOn: "2026-09-21", title: "Efter opfølgningen" }));
    await write(cw, note(f.id, { occurredOn: "2026-10-01", title: "Oktober" }));
    const first = await loadFamilyTimeline(cw, f.id, 1, NOW);
    const story = first!.items.map((i) => (i.kind === "JOURNAL" ? `J:${i.entry.title}` : `${i.kind}:${i.date}`));
    expect(story).toEqual([
      "J:Oktober",
      "J:Efter opfølgningen",
      "FOLLOW_UP:2026-09-21",
      "PHASE_START:2026-09-07",
      "PHASE_END:2026-09-07",
      "PHASE_START:2026-01-05",
    ]);
    expect(first!.hasMore).toBe(false);

    for (let i = 0; i < 30; i++) await write(cw, note(f.id, { occurredOn: "2026-11-01", title: `Notat ${i}` }));
    const page1 = await loadFamilyTimeline(cw, f.id, 1, NOW);
    expect(page1!.items).toHaveLength(30);
    expect(page1!.hasMore).toBe(true);
    const page2 = await loadFamilyTimeline(cw, f.id, 2, NOW);
    expect(page2!.items).toHaveLength(36);
    expect(page2!.hasMore).toBe(false);
    expect(page2!.items.at(-1)).toMatchObject({ kind: "PHASE_START", date: "2026-01-05" });
  });
});

describe("meetings and the plan in the timeline", () => {
  it("shows that a meeting was held to all who read the family, its purpose and link only to those who may open it", async () => {
    const db = await getDb();
    const f = await makeFamily((await db.family.findUniqueOrThrow({ where: { id: fam.id } })).municipalityId, { caseworkerId: cw.id, therapistId: th.id });
    const m = await db.meeting.create({
      data: {
        municipalityId: (await db.family.findUniqueOrThrow({ where: { id: f.id } })).municipalityId, familyId: f.id, calledById: cw.id,
        // 23:30 UTC on 2 November is 3 November in Copenhagen: the timeline uses the Danish day.
        startsAt: new Date("2026-11-02T23:30:00Z"), endsAt: new Date("2026-11-03T00:30:00Z"), purpose: "Skolens bekymring", agenda: [],
        participants: { create: [{ kind: "USER", userId: cw.id, name: cw.name }] },
      },
    });
    await db.actionPlan.create({
      data: { familyId: f.id, versions: { create: [{ number: 1, status: "AGREED", agreedOn: new Date("2026-10-20T00:00:00Z"), agreedHow: "IN_PERSON", draftedById: cw.id }] } },
    });
    const meetingOf = async (actor: Actor) => (await loadFamilyTimeline(actor, f.id, 1, NOW))!.items.find((i) => i.kind === "MEETING");
    expect(await meetingOf(cw)).toMatchObject({ date: "2026-11-03", meetingId: m.id, purpose: "Skolens bekymring" });
    expect(await meetingOf(co)).toMatchObject({ purpose: "Skolens bekymring" });
    // The therapist reads the family but was not invited.
    expect(await meetingOf(th)).toMatchObject({ date: "2026-11-03", purpose: null });
    const kinds = (await loadFamilyTimeline(cw, f.id, 1, NOW))!.items.map((i) => `${i.kind}:${i.date}`);
    expect(kinds).toEqual(["MEETING:2026-11-03", "PLAN_AGREED:2026-10-20", "PHASE_START:2026-01-05"]);
  });
});

describe("searching the journal", () => {
  it("finds text only in families within the user's own reach, as the family list does", async () => {
    await write(cw, note(fam.id, { text: "Samtale om Bornholmerferien i juli." }));
    await write(cw, note(siteless.id, { text: "bornholmerferien blev aflyst." }));
    await write(cw2, note(cw2Fam.id, { text: "Bornholmerferien igen." }));
    await write(otherCw, note(otherFam.id, { text: "Bornholmerferien i Esbjerg." }));
    const names = async (actor: Actor) => new Set((await searchJournal(actor, "BORNHOLMERFERIEN")).results.map((r) => r.familyName));

    expect(await names(cw)).toEqual(new Set(["Familien Juhl", "Familien Berg"]));
    expect(await names(th)).toEqual(new Set(["Familien Juhl"]));
    expect(await names(cw2)).toEqual(new Set(["Familien Dam"]));
    expect(await names(co)).toEqual(new Set(["Familien Juhl", "Familien Berg", "Familien Dam"]));
    // The consultant sees the family whose child is placed at their site, nothing else.
    expect(await names(cons)).toEqual(new Set(["Familien Juhl"]));
    expect(await names(otherCo)).toEqual(new Set(["Familien Vest"]));
    expect(await names(site)).toEqual(new Set());

    const hit = (await searchJournal(cw, "bornholmer")).results.find((r) => r.familyName === "Familien Juhl");
    expect(hit?.snippet).toContain("Bornholmerferien");
    expect(hit?.familyId).toBe(fam.id);
  });

  it("treats the query as text: wildcards and quotes match themselves, not everything", async () => {
    expect((await searchJournal(co, "%")).results).toEqual([]);
    expect((await searchJournal(co, "_")).results).toEqual([]);
    expect((await searchJournal(co, "' OR 1=1 --")).results).toEqual([]);
    await write(cw, note(fam.id, { text: "Rabat på 50% til svømmehallen." }));
    expect((await searchJournal(cw, "50%")).results).toHaveLength(1);
  });

  it("is audited: the search, and one view row per family shown", async () => {
    await searchJournal(th, "Bornholmerferien");
    const rows = await auditRows({ actorId: th.id, action: "VIEW" });
    expect(rows.some((r) => r.recordType === "JournalSearch" && r.familyId === null && (r.details as { count: number }).count === 1)).toBe(true);
    expect(rows.some((r) => r.recordType === "JournalSearch" && r.familyId === fam.id)).toBe(true);
  });
});
