"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState } from "react";
import type { FormState } from "@/server/action";
import { SuccessNotice } from "../success-notice";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>(null);
export const useFormState = () => useContext(FormStateContext);

/**
 * A form bound to a server action. Shows the server's refusal in the user's language, marks each
 * field it names, keeps what was typed, and disables the button while the request runs. A refusal is
 * summarised at the top (focused), each field's error a link to the field, as the GOV.UK error summary.
 */
export function CommandForm({
  action, submitLabel, children, successMessage, className, testId, resetOnSuccess = false, secondary = false,
}: {
  action: FormAction;
  submitLabel: string;
  children: React.ReactNode;
  successMessage?: string;
  className?: string;
  testId?: string;
  resetOnSuccess?: boolean;
  /** A page has one primary action; the other forms on it submit with a quieter button. */
  secondary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    if (state && !state.ok) {
      const found: Record<string, string> = {};
      for (const name of Object.keys(state.fieldErrors ?? {})) {
        const label = fieldLabel(formRef.current, name);
        if (label) found[name] = label;
      }
      setLabels(found);
      summaryRef.current?.focus();
    }
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  const errors = state && !state.ok
    ? Object.entries(state.fieldErrors ?? {}).flatMap(([name, list]) => list.map((e, i) => ({ id: `${name}-${i}`, name, text: e.text ?? e.key })))
    : [];
  // A rule's refusal that names a field is listed once, as that field's link; otherwise it stands on its own.
  const reasonApart = state && !state.ok && state.reason && !(state.code === "RULE" && errors.length > 0);

  return (
    <FormStateContext.Provider value={state}>
      <form ref={formRef} action={formAction} className={className ?? "space-y-4"} data-testid={testId} noValidate>
        {state && !state.ok && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="error-summary">
            <p className="font-medium">{state.texts?.code ?? state.code}</p>
            {reasonApart && <p className="mt-1" data-testid="rule-reason">{state.texts?.reason ?? state.reason}</p>}
            {errors.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {errors.map((e) => (
                  <li key={e.id}>
                    <a href={`#${fieldTarget(formRef.current, e.name)?.id ?? ""}`} onClick={(ev) => { ev.preventDefault(); focusField(formRef.current, e.name); }}
                      className="underline">
                      {labels[e.name] && <span>{labels[e.name]}: </span>}
                      <span data-testid={state.code === "RULE" ? "rule-reason" : undefined}>{e.text}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state?.ok && successMessage && <SuccessNotice>{successMessage}</SuccessNotice>}
        {children}
        <button type="submit" disabled={pending}
          className={secondary
            ? "rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
            : "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"}>
          {submitLabel}
        </button>
      </form>
    </FormStateContext.Provider>
  );
}

/** The input a field error is about, or the group's own error line (FieldError) when no input stands for it. */
function fieldTarget(form: HTMLFormElement | null, name: string): HTMLElement | null {
  const item = form?.elements.namedItem(name);
  const el = item instanceof RadioNodeList ? (item[0] as HTMLElement | undefined) : (item as HTMLElement | null);
  return el ?? form?.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`) ?? null;
}

function fieldLabel(form: HTMLFormElement | null, name: string): string | null {
  const el = fieldTarget(form, name);
  const label = el && "labels" in el ? (el as HTMLInputElement).labels?.[0] : null;
  // The required marker is decoration (aria-hidden), not part of the field's name.
  return label?.textContent?.replace(/\s*\*\s*$/, "").trim() || null;
}

function focusField(form: HTMLFormElement | null, name: string) {
  const el = fieldTarget(form, name);
  el?.focus();
  el?.scrollIntoView({ block: "center" });
}
