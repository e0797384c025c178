import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { meetingInvitees } from "@/features/meetings/queries";
import { MeetingForm } from "@/features/meetings/components/meeting-form";
import { addDays, todayInCopenhagen } from "@/domain/method";
import { ClientMessages } from "@/components/client-messages";
import { MEETINGS_MESSAGES } from "@/features/meetings/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string) => {
  const actor = await requirePermission("meeting.call");
  return { actor, data: await meetingInvitees(actor, id) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id);
  return { title: data ? t("meetings.newHeading", { family: data.family.displayName }) : t("app.notFoundTitle") };
}

export default async function NewMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, data } = await load(id);
  if (!data) notFound();
  const t = await getTranslations("meetings");
  return (
    <div className="space-y-4">
      <p><Link href={`/families/${id}`} className="text-brand-700 underline">← {data.family.displayName}</Link></p>
      <h1 className="text-2xl font-semibold">{t("newHeading", { family: data.family.displayName })}</h1>
      <ClientMessages namespaces={MEETINGS_MESSAGES}><MeetingForm familyId={id} users={data.users.filter((u) => u.id !== actor.id)} tomorrow={addDays(todayInCopenhagen(new Date()), 1)} /></ClientMessages>
    </div>
  );
}
