"use client";
// Publish a concept bijeenkomst: one button; afterwards the page is loaded
// again with ?gepubliceerd=1, so the page itself (no longer a concept, the
// button gone) says it was published — the message cannot vanish with the form.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;

export function PublishBijeenkomstForm({ action, bijeenkomstId }: { action: Action; bijeenkomstId: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.replace(`/medewerker/bijeenkomsten/${bijeenkomstId}?gepubliceerd=1`);
  }, [done, router, bijeenkomstId]);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="bijeenkomstId" value={bijeenkomstId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending || !!done} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending || done ? "Bezig…" : "Publiceren"}
      </button>
    </form>
  );
}
