"use client";
// An attendee's reaction on one version of the verslag.
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function ReactieForm({
  action,
  token,
  versionId,
  version,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string; version: number }>>;
  token: string;
  versionId: string;
  version: number;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  if (done) return <SuccessMessage>Dank u wel. Uw reactie op versie {done.version} is doorgegeven aan de stadsdeelregisseur.</SuccessMessage>;
  return (
    <form action={formAction} className="no-print space-y-2" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="versionId" value={versionId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <TextareaField id="text" label={`Uw reactie op versie ${version}`} rows={4} defaultValue={shown(values, "text", "")} error={errors.text} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Reactie versturen
      </button>
    </form>
  );
}
