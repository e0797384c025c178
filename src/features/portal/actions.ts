"use server";

import { redirect } from "next/navigation";
import { runFormCommand, type FormState } from "@/server/action";
import { commentOnPlan, rateGoals, requestFileAccess, respondToPlan } from "./commands";

export async function respondToPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(respondToPlan, formData, "/portal");
  if (result?.ok) redirect(`/portal/plan?answered=${result.data.agreed ? "agreed" : "disagreed"}`);
  // The draft changed while the parent read it: show them the new version, with a word about why.
  if (result?.code === "CONFLICT") redirect("/portal/plan?changed=1");
  return result;
}

export async function rateGoalsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(rateGoals, formData, "/portal");
  if (result?.ok) redirect("/portal?rated=1");
  return result;
}

export async function commentOnPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(commentOnPlan, formData, "/portal/plan");
}

export async function requestFileAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(requestFileAccess, formData, "/portal/file-access");
  if (result?.ok) redirect("/portal/file-access?requested=1");
  return result;
}
