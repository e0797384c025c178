"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { addActionItem, callMeeting, completeActionItem, recordMinutes } from "./commands";
import { cancelMeeting, changeParticipants, releaseMinutes, rescheduleMeeting } from "./change-commands";

export async function callMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(callMeeting, formData, "/");
  if (result?.ok) redirect(`/meetings/${(result.data as { meetingId: string }).meetingId}`);
  return result;
}
export async function recordMinutesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(recordMinutes, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
export async function addActionItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(addActionItem, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
export async function completeActionItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(completeActionItem, formData, "/");
}
export async function rescheduleMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(rescheduleMeeting, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
export async function changeParticipantsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(changeParticipants, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
export async function cancelMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(cancelMeeting, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
export async function releaseMinutesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(releaseMinutes, formData, `/meetings/${fieldOf(formData, "meetingId")}`);
}
