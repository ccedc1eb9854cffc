"use client";
// Upload a verkenning, study or analysis: title, kind, year, the file (PDF
// or office) and whether residents may see it (from a date). Errors next to
// the fields; what was typed stays (the file has to be chosen again).
import type { ActionResult } from "@/lib/actions/define-action";
import { documentKindLabels, documentKinds } from "@/lib/validation/indicator";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

export function DocumentForm({
  action,
  stadsdeelId,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  stadsdeelId: string | null;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate key={done?.id ?? "nieuw"}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && <SuccessMessage>Document opgeslagen.</SuccessMessage>}
      <input type="hidden" name="stadsdeelId" value={stadsdeelId ?? ""} />
      <FormField id="doc-titel" name="title" label="Titel" defaultValue={shown(values, "title", "")} error={errors.title} maxLength={200} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="doc-soort"
          name="kind"
          label="Soort"
          options={documentKinds.map((k) => ({ value: k, label: documentKindLabels[k] }))}
          defaultValue={shown(values, "kind", "VERKENNING")}
          error={errors.kind}
        />
        <FormField
          id="doc-jaar"
          name="year"
          type="number"
          inputMode="numeric"
          label="Jaar (optioneel)"
          defaultValue={shown(values, "year", "")}
          error={errors.year}
        />
      </div>
      <FormField
        id="doc-bestand"
        name="file"
        type="file"
        label="Bestand"
        hint="PDF, Word, Excel of OpenDocument, maximaal 10 MB."
        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods"
        error={errors.payload}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isPublic" defaultChecked={values?.isPublic === "on"} className="h-5 w-5" /> Openbaar: bewoners zien het bij de cijfers
      </label>
      <FormField
        id="doc-vanaf"
        name="openbaarVanaf"
        type="date"
        label="Openbaar vanaf (optioneel)"
        defaultValue={shown(values, "openbaarVanaf", "")}
        error={errors.openbaarVanaf}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Document opslaan"}
      </button>
    </form>
  );
}
