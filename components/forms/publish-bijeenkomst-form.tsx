"use client";
// Publish a concept bijeenkomst: one button, the page refreshes to show it public.
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;

export function PublishBijeenkomstForm({ action, bijeenkomstId }: { action: Action; bijeenkomstId: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  if (done) return <SuccessMessage>De bijeenkomst is gepubliceerd: bewoners zien haar nu en kunnen zich aanmelden.</SuccessMessage>;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="bijeenkomstId" value={bijeenkomstId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending ? "Bezig…" : "Publiceren"}
      </button>
    </form>
  );
}
