"use client";
// The short evaluation: three questions on a 1–5 scale and a free text.
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

const questions = [
  ["scoreOverall", "Hoe tevreden bent u over de bijeenkomst?"],
  ["scoreHeard", "Voelde u zich gehoord?"],
  ["scoreOrganisation", "Hoe was de organisatie (locatie, tijd, begeleiding)?"],
] as const;

export function EvaluationForm({ action, token }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<{ saved: boolean }>>; token: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  if (done) return <SuccessMessage>Dank u wel! Uw antwoorden helpen ons de volgende bijeenkomst beter te maken.</SuccessMessage>;
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {questions.map(([name, label]) => (
        <fieldset key={name} aria-describedby={errors[name] ? `${name}-fout` : undefined}>
          <legend className="font-semibold">{label} (1 = slecht, 5 = uitstekend)</legend>
          <div className="mt-1 flex gap-4">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex items-center gap-1">
                <input type="radio" name={name} value={n} defaultChecked={values?.[name] === String(n)} /> {n}
              </label>
            ))}
          </div>
          {errors[name] && (
            <p id={`${name}-fout`} className="mt-1 text-accent">
              {errors[name]}
            </p>
          )}
        </fieldset>
      ))}
      <TextareaField id="comment" label="Wilt u nog iets kwijt? (niet verplicht)" rows={3} defaultValue={shown(values, "comment", "")} error={errors.comment} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending ? "Bezig…" : "Versturen"}
      </button>
    </form>
  );
}
