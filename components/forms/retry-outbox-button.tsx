"use client";
// Put a failed mail back in the queue.
import type { ActionResult } from "@/lib/actions/define-action";
import { useFormAction } from "./use-form-action";

export function RetryOutboxButton({
  action,
  messageId,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  messageId: string;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  if (done) return <span role="status">Opnieuw in de wachtrij</span>;
  return (
    <form action={formAction}>
      <input type="hidden" name="messageId" value={messageId} />
      <button type="submit" disabled={pending} className="underline">
        Opnieuw versturen
      </button>
      {failed && (
        <span role="alert" className="ml-2 text-accent">
          {failed.error}
        </span>
      )}
    </form>
  );
}
