"use client";
// Invite the stadsdeel's pool members to this bijeenkomst (via the outbox).
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function InvitePoolForm({
  action,
  bijeenkomstId,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ invited: number }>>;
  bijeenkomstId: string;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="bijeenkomstId" value={bijeenkomstId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? `${done.invited} bewoners uit de groep zijn uitgenodigd.` : null}</SuccessMessage>
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
        Groep van mee-praters uitnodigen
      </button>
    </form>
  );
}
