"use client";
// Asking for a new manage link by e-mail address.
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function NewLinkForm({ action }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<{ requested: boolean }>> }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  if (done) return <SuccessMessage>Als dit e-mailadres bij ons bekend is, krijgt u binnen enkele minuten een e-mail met een nieuwe link.</SuccessMessage>;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField
        id="email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        defaultValue={typeof values?.email === "string" ? values.email : ""}
        error={errors.email}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Nieuwe link sturen
      </button>
    </form>
  );
}
