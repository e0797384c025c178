// The ways a command can refuse. Each maps to one result code the UI understands.
export type ErrorCode =
  /** No session, or the session's user is deactivated. */
  | "UNAUTHENTICATED"
  /** The record does not exist or the user may not see it (never distinguished: no existence leaks). */
  | "NOT_FOUND"
  /** Input failed zod validation; fieldErrors says where. */
  | "VALIDATION"
  /** The method's rules refuse the change; `reason` is a code from src/domain/method/reasons.ts. */
  | "RULE"
  /** The record was changed by someone else since the form was loaded (stale version). */
  | "CONFLICT"
  /** Too many failed logins. */
  | "THROTTLED";

/** `text` is the message in the user's language, added by the server action before it answers. */
export type FieldErrors = Record<string, { key: string; params?: Record<string, string | number>; text?: string }[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly extra: { reason?: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const conflict = () => new AppError("CONFLICT");
export const ruleViolation = (reason: string, params?: Record<string, string | number>, field?: string) =>
  new AppError("RULE", reason, {
    reason,
    params,
    fieldErrors: field ? { [field]: [{ key: `reasons.${reason}`, params }] } : undefined,
  });
