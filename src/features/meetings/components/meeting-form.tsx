"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { callMeetingAction } from "../actions";

export function MeetingForm({ familyId, users, tomorrow }: { familyId: string; users: { id: string; name: string; role: string }[]; tomorrow: string }) {
  const t = useTranslations();
  const [externals, setExternals] = useState(0);
  return (
    <CommandForm action={callMeetingAction} submitLabel={t("meetings.call")} testId="meeting-form">
      <input type="hidden" name="familyId" value={familyId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="date" type="date" label={t("meetings.date")} defaultValue={tomorrow} min={tomorrow} required />
        <Field name="startTime" label={t("meetings.startTime")} defaultValue="09:00" hint="tt:mm" required />
        <Field name="endTime" label={t("meetings.endTime")} defaultValue="10:00" hint="tt:mm" required />
        <Field name="location" label={t("meetings.location")} className="sm:col-span-2" />
        <Field name="videoLink" type="url" label={t("meetings.videoLink")} />
        <Field name="purpose" label={t("meetings.purpose")} required className="sm:col-span-3" />
        <Field name="agenda" label={t("meetings.agenda")} hint={t("meetings.agendaHint")} multiline className="sm:col-span-3" />
      </div>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="font-medium">{t("meetings.invite")}</legend>
        <FieldError name="invitedUserIds" />
        <ul className="grid gap-1 sm:grid-cols-2">
          {users.map((u) => (
            <li key={u.id}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="invitedUserIds" value={u.id} className="h-4 w-4" /> {u.name} ({t(`roles.${u.role}`)})
              </label>
            </li>
          ))}
        </ul>
        <Field name="inviteParents" type="checkbox" label={t("meetings.inviteParents")} defaultValue={true} className="mt-2" />
      </fieldset>
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
