"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { recordBreakdown } from "./breakdown-commands";

export async function recordBreakdownAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const placementId = fieldOf(formData, "placementId");
  const result = await runFormCommand(recordBreakdown, formData, `/placements/${placementId}/breakdown`);
  if (result?.ok) {
    revalidatePath("/families/[id]", "page");
    // On to the child's next search; a user who may not read that case stays with the breakdown as recorded.
    if (result.data.caseId) {
      revalidatePath(`/matching/${result.data.caseId}`, "layout");
      redirect(`/matching/${result.data.caseId}?breakdown=${result.data.opened ? "opened" : "open"}`);
    }
    redirect(`/placements/${result.data.placementId}/breakdown?recorded=1`);
  }
  return result;
}
