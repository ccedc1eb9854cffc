"use client";
// "Wat is ermee gedaan": the follow-up status and the public answer of an inbreng.
import type { ActionResult } from "@/lib/actions/define-action";
import { followUpLabels } from "@/lib/format";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

export function InbrengAnswerForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  inbrengId: string;
  status: string;
  answer: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  return (
    <form action={formAction} className="space-y-3" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="inbrengId" value={props.inbrengId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Het antwoord is opgeslagen en openbaar." : null}</SuccessMessage>
      <SelectField
        id="followUpStatus"
        label="Status"
        options={Object.entries(followUpLabels).map(([value, label]) => ({ value, label }))}
        defaultValue={shown(values, "followUpStatus", props.status)}
        error={errors.followUpStatus}
      />
      <TextareaField
        id="publicAnswer"
        label="Wat is ermee gedaan? (openbaar)"
        rows={3}
        defaultValue={shown(values, "publicAnswer", props.answer)}
        error={errors.publicAnswer}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Antwoord opslaan"}
      </button>
    </form>
  );
}
