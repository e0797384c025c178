import "server-only";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/server/action";

/** After a change to a case, every page of that case (overview, candidates, decision, first year) is read afresh. */
export function refreshCase<T>(caseId: string, result: FormState<T>): FormState<T> {
  if (result?.ok && caseId) revalidatePath(`/matching/${caseId}`, "layout");
  return result;
}
