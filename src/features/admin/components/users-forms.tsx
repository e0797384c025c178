"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { createUserAction, reinviteUserAction, setUserActiveAction, unlockLoginAction, updateUserAction } from "../users-actions";
import { MUNICIPAL_ROLES } from "../users-roles";
import { InvitationResult } from "./users-invitation-result";

function useRoleOptions() {
  const t = useTranslations();
  return [{ value: "", label: t("userAdmin.chooseRole") }, ...MUNICIPAL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))];
}

export function CreateUserForm() {
  const t = useTranslations("userAdmin");
  const roles = useRoleOptions();
  return (
    <CommandForm action={createUserAction} submitLabel={t("create")} testId="create-user" resetOnSuccess>
      <InvitationResult />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="name" label={t("name")} required />
        <Field name="email" label={t("email")} type="email" required />
        <Field name="role" label={t("role")} options={roles} required />
      </div>
    </CommandForm>
  );
}

export function EditUserForm({ user, self }: { user: { id: string; name: string; role: string; version: number }; self: boolean }) {
  const t = useTranslations("userAdmin");
  const roles = useRoleOptions().filter((o) => o.value !== "");
  return (
    <CommandForm action={updateUserAction} submitLabel={t("save")} successMessage={t("saved")} testId="edit-user">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Field name="name" label={t("name")} defaultValue={user.name} required />
      {self ? <input type="hidden" name="role" value={user.role} /> : <Field name="role" label={t("role")} options={roles} defaultValue={user.role} required />}
    </CommandForm>
  );
}

export function SetActiveForm({ user }: { user: { id: string; active: boolean; version: number } }) {
  const t = useTranslations("userAdmin");
  return (
    <CommandForm action={setUserActiveAction} testId="set-active"
      submitLabel={user.active ? t("deactivate") : t("reactivate")} successMessage={user.active ? t("reactivated") : t("deactivated")}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
    </CommandForm>
  );
}

export function UnlockLoginForm({ userId }: { userId: string }) {
  const t = useTranslations("userAdmin");
  return (
    <CommandForm action={unlockLoginAction} submitLabel={t("unlock")} successMessage={t("unlocked")} testId="unlock-login">
      <input type="hidden" name="userId" value={userId} />
    </CommandForm>
  );
}

export function ReinviteForm({ userId }: { userId: string }) {
  const t = useTranslations("userAdmin");
  return (
    <CommandForm action={reinviteUserAction} submitLabel={t("reinvite")} testId="reinvite">
      <InvitationResult />
      <input type="hidden" name="userId" value={userId} />
    </CommandForm>
  );
}
