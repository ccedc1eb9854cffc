// Typed application errors. Expected failures (not found, forbidden, invalid
// input) are values callers can show, optionally per form field; anything
// else is a bug and goes to the nearest error.tsx.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID_INPUT" | "CONFLICT";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string>;
  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

/** An invalid value in one field, with the message shown next to it. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { [field]: message });
}
