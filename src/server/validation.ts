import type { z } from "zod";
import type { FieldErrors } from "./errors";

// zod issues become message keys (src/i18n/messages: "validation.*") with their parameters,
// so the UI can show them in the user's language beside the field.
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (out[field] ??= []).push(issueKey(issue));
  }
  return out;
}

function issueKey(issue: z.core.$ZodIssue): { key: string; params?: Record<string, string | number> } {
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null || issue.input === "" ? "validation.required" : "validation.invalidType" };
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "validation.required" } : { key: "validation.tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array") return { key: "validation.tooFewItems", params: { min: Number(issue.minimum) } };
      return { key: "validation.tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { key: "validation.tooManyItems", params: { max: Number(issue.maximum) } };
      return { key: "validation.tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalidFormat" };
    case "invalid_value":
      return { key: "validation.invalidOption" };
    case "custom":
      if (!issue.message.startsWith("validation.") && !issue.message.startsWith("reasons.")) return { key: "validation.invalid" };
      // A domain check may name its limits (e.g. { min, max }); they fill the message's placeholders.
      return issue.params ? { key: issue.message, params: issue.params as Record<string, string | number> } : { key: issue.message };
    default:
      return { key: "validation.invalid" };
  }
}
