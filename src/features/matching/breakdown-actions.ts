"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { recordBreakdown } from "./breakdown-commands";

export async function recordBreakdownAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const familyPath = `/families/${fieldOf(formData, "familyId")}`;
  const result = await runFormCommand(recordBreakdown, formData, familyPath);
  if (result?.ok) redirect(result.data.opened ? `/matching/${result.data.caseId}?afterBreakdown=1` : `${familyPath}?breakdown=1`);
  return result;
}
