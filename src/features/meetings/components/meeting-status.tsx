import { getTranslations } from "next-intl/server";
import type { MeetingStatus } from "@/domain/meetings/changes";

/** A changed or cancelled meeting says so wherever it is listed; a scheduled one needs no mark. */
export async function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  if (status === "SCHEDULED") return null;
  const t = await getTranslations("meetingChanges.status");
  const tone = status === "CANCELLED" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900";
  return <span className={`ml-1 inline-block rounded border px-1.5 text-xs font-medium ${tone}`} data-testid="meeting-status" data-status={status}>{t(status)}</span>;
}
