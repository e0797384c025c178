import { z } from "zod";
import { calendarDate, checkbox, id, version } from "@/server/schemas";

export const inviteParentInput = z.object({
  familyId: id,
  parentId: id,
  email: z.string().trim().toLowerCase().email({ message: "validation.email" }).max(200),
});

export const parentAccessInput = z.object({ familyId: id, parentId: id });

export const shareSiteInput = z.object({ familyId: id, placementId: id, shared: checkbox, rowVersion: version });

export const offerPlanInput = z.object({ familyId: id, planVersionId: id, rowVersion: version });

export const answerFileRequestInput = z.object({ familyId: id, requestId: id, rowVersion: version, answeredOn: calendarDate });
