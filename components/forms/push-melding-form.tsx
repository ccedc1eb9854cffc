"use client";
// "Doorzetten naar het meldingensysteem": one button; the page shows the
// push on its way once the action has written it.
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

export function PushMeldingForm({
  action,
  meldingId,
  again,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  meldingId: string;
  again: boolean;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="meldingId" value={meldingId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : again ? "Opnieuw doorzetten" : "Doorzetten naar het meldingensysteem"}
      </button>
    </form>
  );
}
