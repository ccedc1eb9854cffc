"use client";
// The one button of the unsubscribe page: stops invitations (a POST).
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function UnsubscribeForm({
  action,
  token,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ unsubscribed: true }>>;
  token: string;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  if (done) {
    return (
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">U bent afgemeld</h2>
        <SuccessMessage>U krijgt geen uitnodigingen meer voor nieuwe bijeenkomsten.</SuccessMessage>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Geen uitnodigingen meer
      </button>
    </form>
  );
}
