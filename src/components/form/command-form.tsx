"use client";

import { createContext, useActionState, useContext, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/server/action";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>(null);
export const useFormState = () => useContext(FormStateContext);

/**
 * A form bound to a server action. Shows the server's refusal in the user's language, marks each
 * field it names, keeps what was typed, and disables the button while the request runs.
 */
export function CommandForm({
  action, submitLabel, children, successMessage, className, testId, resetOnSuccess = false,
}: {
  action: FormAction;
  submitLabel: string;
  children: React.ReactNode;
  successMessage?: string;
  className?: string;
  testId?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = useTranslations();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  return (
    <FormStateContext.Provider value={state}>
      <form ref={formRef} action={formAction} className={className ?? "space-y-4"} data-testid={testId} noValidate>
        {state && !state.ok && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{t(`errors.${state.code}`)}</p>
            {state.reason && <p className="mt-1" data-testid="rule-reason">{t(`reasons.${state.reason}`, state.params ?? {})}</p>}
          </div>
        )}
        {state?.ok && successMessage && (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">{successMessage}</p>
        )}
        {children}
        <button type="submit" disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {submitLabel}
        </button>
      </form>
    </FormStateContext.Provider>
  );
}
