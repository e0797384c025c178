"use client";

import { useId } from "react";
import { useFormState } from "./command-form";

type Option = { value: string; label: string };

/** A labelled input whose errors and typed value come from the last submission of its form. */
export function Field({
  name, label, type = "text", defaultValue = "", hint, describedBy: extraDescribedBy, required, options, multiline, min, max, step, className, autoComplete,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "date" | "number" | "tel" | "url" | "checkbox" | "datetime-local" | "password";
  defaultValue?: string | number | boolean;
  hint?: string;
  /** The id of text elsewhere on the page that explains this field (e.g. the previous rating beside it). */
  describedBy?: string;
  required?: boolean;
  options?: Option[];
  multiline?: boolean;
  min?: number | string;
  max?: number | string;
  step?: number;
  className?: string;
  /** e.g. "current-password" / "new-password", so password managers fill the right field. */
  autoComplete?: string;
}) {
  const state = useFormState();
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
  const typed = state && !state.ok ? state.values?.[name] : undefined;
  const describedBy = [extraDescribedBy ?? null, hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id, name, "aria-invalid": errors.length > 0 || undefined, "aria-describedby": describedBy, required,
    className: `mt-1 w-full rounded border px-3 py-2 ${errors.length ? "border-red-500" : "border-slate-300"}`,
  };

  if (type === "checkbox") {
    const checked = state && !state.ok && state.values ? typed === "on" : Boolean(defaultValue);
    return (
      <div className={className}>
        <label htmlFor={id} className="inline-flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" id={id} name={name} defaultChecked={checked} aria-describedby={describedBy} className="h-4 w-4" />
          {label}
        </label>
        <FieldMessages id={id} hint={hint} errors={errors.map((e) => e.text ?? e.key)} />
      </div>
    );
  }
  const value = typed ?? String(defaultValue ?? "");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      {options ? (
        <select {...common} defaultValue={value} key={value}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : multiline ? (
        <textarea {...common} defaultValue={value} rows={3} />
      ) : (
        <input {...common} type={type} defaultValue={value} min={min} max={max} step={step} autoComplete={autoComplete} />
      )}
      <FieldMessages id={id} hint={hint} errors={errors.map((e) => e.text ?? e.key)} />
    </div>
  );
}

function FieldMessages({ id, hint, errors }: { id: string; hint?: string; errors: string[] }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid="field-error">{errors.join(" ")}</p>
      )}
    </>
  );
}

/** Errors about a group of fields (e.g. "goals") that no single input stands for. */
export function FieldError({ name }: { name: string }) {
  const state = useFormState();
  const errors = state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
  if (!errors.length) return null;
  return <p tabIndex={-1} data-error-for={name} className="text-sm text-red-700" data-testid="field-error">{errors.map((e) => e.text ?? e.key).join(" ")}</p>;
}
