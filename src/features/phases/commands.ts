import "server-only";
import {
  checkEndPhase, checkExtendPhase, plannedEndDate, checkRecordAssessment, checkReopen, checkClose, checkStartChange, checkStartMaintenance, currentPhase,
  type CalendarDate, type RuleResult,
} from "@/domain/method";
import { defineCommand, type CommandContext } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";
import { loadSnapshot } from "./snapshot";
import { commitFamilyState } from "./state";
import {
  closeCaseInput, endPhaseInput, extendPhaseInput, recordAssessmentInput, reopenCaseInput, startChangeInput, startMaintenanceInput,
} from "./schemas";

async function openCase({ actor, tx }: CommandContext, familyId: string, familyVersion: number) {
  const family = await tx.family.findFirst({
    where: { id: familyId, ...familyScope(actor, "phase.write") },
    select: { version: true, municipality: { select: { settings: true } } },
  });
  if (!family) throw notFound();
  if (family.version !== familyVersion) throw conflict();
  return { snapshot: await loadSnapshot(tx, familyId), config: methodConfigFor(family.municipality.settings) };
}

function enforce(result: RuleResult, field?: string): void {
  if (!result.ok) throw ruleViolation(result.reason, result.params, result.field ?? field);
}

async function finish(ctx: CommandContext, familyId: string, familyVersion: number, extra?: { closedOn?: CalendarDate | null; closeReason?: string | null }) {
  const family = await ctx.tx.family.findUniqueOrThrow({ where: { id: familyId }, select: { municipality: { select: { settings: true } } } });
  await commitFamilyState(ctx.tx, familyId, familyVersion, await loadSnapshot(ctx.tx, familyId), methodConfigFor(family.municipality.settings), extra);
}

/** Ends the open start-up phase (if any) on the day the next phase starts. */
async function endOpenStartUp(ctx: CommandContext, familyId: string, on: CalendarDate) {
  await ctx.tx.phase.updateMany({ where: { familyId, kind: "START_UP", endDate: null }, data: { endDate: toDbDate(on), version: { increment: 1 } } });
}

/** A new change or maintenance cycle with its planned end, audited, and the family's state brought up to date. */
async function createCycle(
  ctx: CommandContext,
  input: { familyId: string; familyVersion: number; startDate: CalendarDate; plannedWeeks: number },
  kind: "CHANGE" | "MAINTENANCE",
  followUpIntervalDays: number,
  justification: string | null,
): Promise<string> {
  const phase = await ctx.tx.phase.create({
    data: {
      familyId: input.familyId, kind, startDate: toDbDate(input.startDate), plannedWeeks: input.plannedWeeks,
      plannedEndDate: toDbDate(plannedEndDate({ startDate: input.startDate, plannedWeeks: input.plannedWeeks })!),
      followUpIntervalDays, startedById: ctx.actor.id, justification,
    },
    select: { id: true },
  });
  await ctx.audit({ action: "CREATE", recordType: "Phase", recordId: phase.id, familyId: input.familyId, details: { kind, plannedWeeks: input.plannedWeeks } });
  await finish(ctx, input.familyId, input.familyVersion);
  return phase.id;
}

export const startChangePhase = defineCommand({
  name: "startChangePhase",
  permission: "phase.write",
  input: startChangeInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkStartChange(snapshot, { startDate: input.startDate, plannedWeeks: input.plannedWeeks }, ctx.today, config), "plannedWeeks");
    await endOpenStartUp(ctx, input.familyId, input.startDate);
    const lastAssessment = await ctx.tx.assessment.findFirst({ where: { phase: { familyId: input.familyId } }, orderBy: { date: "desc" }, select: { justification: true, decision: true } });
    const phaseId = await createCycle(ctx, input, "CHANGE", config.changeFollowUpIntervalDays, lastAssessment?.decision === "START_CHANGE" ? lastAssessment.justification : null);
    return { phaseId };
  },
});

export const startMaintenancePhase = defineCommand({
  name: "startMaintenancePhase",
  permission: "phase.write",
  input: startMaintenanceInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkStartMaintenance(snapshot, { startDate: input.startDate, plannedWeeks: input.plannedWeeks, followUpIntervalDays: input.followUpIntervalDays }, ctx.today, config), "plannedWeeks");
    const phaseId = await createCycle(ctx, input, "MAINTENANCE", input.followUpIntervalDays, null);
    return { phaseId };
  },
});

export const extendPhase = defineCommand({
  name: "extendPhase",
  permission: "phase.write",
  input: extendPhaseInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkExtendPhase(snapshot, input.plannedWeeks, ctx.today, config), "plannedWeeks");
    const phase = currentPhase(snapshot)!;
    const plannedEnd = plannedEndDate({ startDate: phase.startDate, plannedWeeks: input.plannedWeeks })!;
    await ctx.tx.phase.update({ where: { id: phase.id }, data: { plannedWeeks: input.plannedWeeks, plannedEndDate: toDbDate(plannedEnd), version: { increment: 1 } } });
    await ctx.audit({ action: "UPDATE", recordType: "Phase", recordId: phase.id, familyId: input.familyId, details: { plannedWeeks: { from: phase.plannedWeeks, to: input.plannedWeeks } } });
    await finish(ctx, input.familyId, input.familyVersion);
    return { phaseId: phase.id };
  },
});

export const endPhase = defineCommand({
  name: "endPhase",
  permission: "phase.write",
  input: endPhaseInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkEndPhase(snapshot, { endDate: input.endDate, earlyEndReason: input.earlyEndReason }, ctx.today, config), "endDate");
    const phase = currentPhase(snapshot)!;
    await ctx.tx.phase.update({
      where: { id: phase.id },
      data: { endDate: toDbDate(input.endDate), earlyEndReason: input.earlyEndReason || null, version: { increment: 1 } },
    });
    await ctx.audit({ action: "UPDATE", recordType: "Phase", recordId: phase.id, familyId: input.familyId, details: { ended: input.endDate } });
    await finish(ctx, input.familyId, input.familyVersion);
    return { phaseId: phase.id };
  },
});

export const recordAssessment = defineCommand({
  name: "recordAssessment",
  permission: "assessment.write",
  input: recordAssessmentInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    const check = checkRecordAssessment(snapshot, { date: input.date, decision: input.decision, justification: input.justification, closeReason: input.closeReason }, ctx.today, config);
    enforce(check, input.decision === "START_CHANGE" ? "justification" : input.decision === "CLOSE" ? "closeReason" : "date");
    const phase = [...snapshot.phases].reverse().find((p) => p.kind !== "START_UP" && p.endDate && !p.assessment)!;
    const assessment = await ctx.tx.assessment.create({
      data: {
        phaseId: phase.id, date: toDbDate(input.date), progressionSummary: input.progressionSummary, parentsView: input.parentsView,
        decision: input.decision, justification: input.justification || null, closeReason: input.closeReason || null, recordedById: ctx.actor.id,
      },
      select: { id: true },
    });
    await ctx.audit({ action: "CREATE", recordType: "Assessment", recordId: assessment.id, familyId: input.familyId, details: { decision: input.decision } });
    await finish(ctx, input.familyId, input.familyVersion, input.decision === "CLOSE" ? { closedOn: input.date, closeReason: input.closeReason } : undefined);
    if (input.decision === "CLOSE") await markClosed(ctx, input.familyId);
    return { assessmentId: assessment.id };
  },
});

export const closeCase = defineCommand({
  name: "closeCase",
  permission: "family.close",
  input: closeCaseInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkClose(snapshot, { date: input.date, reason: input.reason }, ctx.today, config), "date");
    await ctx.tx.phase.updateMany({ where: { familyId: input.familyId, endDate: null }, data: { endDate: toDbDate(input.date), version: { increment: 1 } } });
    await ctx.audit({ action: "UPDATE", recordType: "Family", recordId: input.familyId, familyId: input.familyId, details: { closed: input.date } });
    await finish(ctx, input.familyId, input.familyVersion, { closedOn: input.date, closeReason: input.reason });
    await markClosed(ctx, input.familyId);
    return { familyId: input.familyId };
  },
});

export const reopenCase = defineCommand({
  name: "reopenCase",
  permission: "family.close",
  input: reopenCaseInput,
  async run(ctx, input) {
    const { snapshot, config } = await openCase(ctx, input.familyId, input.familyVersion);
    enforce(checkReopen(snapshot, { date: input.date }, ctx.today, config), "date");
    const phase = await ctx.tx.phase.create({ data: { familyId: input.familyId, kind: "START_UP", startDate: toDbDate(input.date), startedById: ctx.actor.id }, select: { id: true } });
    await ctx.tx.family.update({ where: { id: input.familyId }, data: { stage: "START_UP", closedOn: null, closeReason: null } });
    await ctx.audit({ action: "UPDATE", recordType: "Family", recordId: input.familyId, familyId: input.familyId, details: { reopened: input.date } });
    await finish(ctx, input.familyId, input.familyVersion);
    return { phaseId: phase.id };
  },
});

/** Closing is stored on the family (the phases keep their history); commitFamilyState bumped the version already. */
async function markClosed(ctx: CommandContext, familyId: string) {
  await ctx.tx.family.update({ where: { id: familyId }, data: { stage: "CLOSED" } });
}
