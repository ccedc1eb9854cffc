"use client";
// Take the next step with a melding: the allowed next statuses only, a note,
// and for closing a public answer (required).
import type { ActionResult } from "@/lib/actions/define-action";
import { meldingStatusLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function MeldingStatusForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string; status: string }>>;
  meldingId: string;
  steps: string[];
  externalReference: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  if (done)
    return (
      <SuccessMessage>
        De status is nu {meldingStatusLabels[done.status].toLowerCase()}. <a href={`/medewerker/meldingen/${props.meldingId}`}>Pagina verversen</a>
      </SuccessMessage>
    );
  return (
    <form action={formAction} className="space-y-3" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="meldingId" value={props.meldingId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SelectField
        id="toStatus"
        label="Nieuwe status"
        options={props.steps.map((s) => ({ value: s, label: meldingStatusLabels[s] }))}
        defaultValue={shown(values, "toStatus", props.steps[0] ?? "")}
        error={errors.toStatus}
      />
      <TextareaField
        id="publicAnswer"
        label="Openbaar antwoord (verplicht bij afhandelen of afwijzen)"
        hint="Dit antwoord zien bewoners bij hun inbreng."
        rows={3}
        defaultValue={shown(values, "publicAnswer", "")}
        error={errors.publicAnswer}
      />
      <TextareaField id="note" label="Interne notitie (optioneel)" rows={2} defaultValue={shown(values, "note", "")} error={errors.note} />
      <FormField
        id="externalReference"
        label="Nummer in het meldingensysteem"
        defaultValue={shown(values, "externalReference", props.externalReference)}
        error={errors.externalReference}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Status wijzigen"}
      </button>
    </form>
  );
}
