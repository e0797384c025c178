"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { cancelMeetingAction, changeParticipantsAction, releaseMinutesAction, rescheduleMeetingAction } from "../actions";

// The forms that change a called meeting. Each posts the version it was opened on, so a form left
// open while someone else changed the meeting is answered with a conflict instead of overwriting.

export function RescheduleForm({ meetingId, version, date, startTime, endTime, location, videoLink, today }: {
  meetingId: string; version: number; date: string; startTime: string; endTime: string; location: string; videoLink: string | null; today: string;
}) {
  const t = useTranslations();
  return (
    <CommandForm action={rescheduleMeetingAction} submitLabel={t("meetingChanges.change.save")} successMessage={t("meetingChanges.change.saved")} testId="reschedule-form">
      <h2 className="font-semibold">{t("meetingChanges.change.heading")}</h2>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="date" type="date" label={t("meetings.date")} defaultValue={date} min={today} required />
        <Field name="startTime" label={t("meetings.startTime")} defaultValue={startTime} hint="tt:mm" required />
        <Field name="endTime" label={t("meetings.endTime")} defaultValue={endTime} hint="tt:mm" required />
        <Field name="location" label={t("meetings.location")} defaultValue={location} className="sm:col-span-2" />
        <Field name="videoLink" type="url" label={t("meetings.videoLink")} defaultValue={videoLink ?? ""} />
      </div>
    </CommandForm>
  );
}

export function ParticipantsForm({ meetingId, version, users, invitedUserIds, guests }: {
  meetingId: string; version: number;
  users: { id: string; name: string; role: string }[];
  invitedUserIds: string[];
  guests: { id: string; name: string; kind: string; organisation: string | null }[];
}) {
  const t = useTranslations();
  const [externals, setExternals] = useState(0);
  const invited = new Set(invitedUserIds);
  return (
    <CommandForm action={changeParticipantsAction} submitLabel={t("meetingChanges.participants.save")} successMessage={t("meetingChanges.participants.saved")} testId="participants-form">
      <h2 className="font-semibold">{t("meetingChanges.participants.heading")}</h2>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="font-medium">{t("meetingChanges.participants.users")}</legend>
        <FieldError name="invitedUserIds" />
        <ul className="grid gap-1 sm:grid-cols-2">
          {users.map((u) => (
            <li key={u.id}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="invitedUserIds" value={u.id} defaultChecked={invited.has(u.id)} className="h-4 w-4" /> {u.name} ({t(`roles.${u.role}`)})
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {guests.length > 0 && (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="font-medium">{t("meetingChanges.participants.guests")}</legend>
          <ul className="grid gap-1 sm:grid-cols-2">
            {guests.map((g) => (
              <li key={g.id}>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input type="checkbox" name="keepGuestIds" value={g.id} defaultChecked className="h-4 w-4" /> {g.name}{g.organisation && `, ${g.organisation}`} ({t(`meetings.kind.${g.kind}`)})
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <Field name="inviteParents" type="checkbox" label={t("meetingChanges.participants.addParents")} defaultValue={false} />
      {Array.from({ length: externals }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-3">
          <legend className="font-medium">{t("meetings.external", { n: i + 1 })}</legend>
          <Field name={`externals.${i}.name`} label={t("enrol.name")} required />
          <Field name={`externals.${i}.organisation`} label={t("meetings.organisation")} />
          <Field name={`externals.${i}.email`} type="email" label={t("enrol.email")} />
        </fieldset>
      ))}
      {externals < 10 && <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={() => setExternals(externals + 1)}>{t("meetings.addExternal")}</button>}
    </CommandForm>
  );
}

export function CancelMeetingForm({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useTranslations("meetingChanges.cancel");
  return (
    <CommandForm action={cancelMeetingAction} submitLabel={t("submit")} successMessage={t("done")} testId="cancel-meeting-form">
      <h2 className="font-semibold">{t("heading")}</h2>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <Field name="reason" label={t("reason")} hint={t("hint")} required multiline />
    </CommandForm>
  );
}

export function ReleaseMinutesButton({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useTranslations("meetingChanges.minutes");
  return (
    <CommandForm action={releaseMinutesAction} submitLabel={t("release")} successMessage={t("releasedDone")} testId="release-minutes-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
    </CommandForm>
  );
}
