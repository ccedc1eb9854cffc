"use client";
// Cancel a bijeenkomst with a reason (sent to every registrant).
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string; notified: number }>>;

export function CancelBijeenkomstForm({ action, bijeenkomstId }: { action: Action; bijeenkomstId: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  if (done) return <SuccessMessage>De bijeenkomst is geannuleerd; {done.notified} aangemelde bewoners krijgen bericht.</SuccessMessage>;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="bijeenkomstId" value={bijeenkomstId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <TextareaField
        id="reason"
        label="Reden van de annulering"
        rows={3}
        defaultValue={shown(failed?.values, "reason", "")}
        error={failed?.fieldErrors?.reason}
      />
      <button type="submit" disabled={pending} className="rounded border-2 border-accent px-4 py-2 font-semibold text-accent">
        {pending ? "Bezig…" : "Bijeenkomst annuleren"}
      </button>
    </form>
  );
}
