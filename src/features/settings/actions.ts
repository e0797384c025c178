"use server";

import { runFormCommand, type FormState } from "@/server/action";
import { updateMunicipalitySettings } from "./commands";

export async function updateMunicipalitySettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(updateMunicipalitySettings, formData, "/admin/settings");
  if (!result || result.ok || !(formData instanceof FormData)) return result;
  // A checkbox group: every ticked value, so a refused form shows the boxes as they were ticked.
  const intervals = formData.getAll("maintenanceFollowUpIntervals").filter((v): v is string => typeof v === "string").slice(0, 10).join(",");
  return { ...result, values: { ...result.values, maintenanceFollowUpIntervals: intervals.slice(0, 100) } };
}
