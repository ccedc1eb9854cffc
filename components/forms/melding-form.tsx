"use client";
// Route a problem to a department as a melding: category, department (the
// default follows the category/theme), due date (default per category),
// the number in the municipal meldingen system, and "forward now".
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Option = { value: string; label: string };

export function MeldingForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  hidden: Record<string, string>;
  categories: Option[];
  departments: Option[];
  buurten?: Option[];
  direct?: boolean;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  if (done)
    return (
      <SuccessMessage>
        De melding is aangemaakt. <a href={`/medewerker/meldingen/${done.id}`}>Naar de melding</a>
      </SuccessMessage>
    );
  return (
    <form action={formAction} className="space-y-3" noValidate key={JSON.stringify(values ?? {})}>
      {Object.entries(props.hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {props.direct && (
        <>
          <TextareaField id="description" label="Wat is het probleem?" defaultValue={shown(values, "description", "")} error={errors.description} rows={3} />
          <SelectField
            id="buurtId"
            label="Buurt"
            placeholder="Kies een buurt"
            options={props.buurten ?? []}
            defaultValue={shown(values, "buurtId", "")}
            error={errors.buurtId ?? errors.location}
          />
        </>
      )}
      <SelectField
        id="categoryId"
        label="Categorie"
        placeholder="Kies een categorie"
        options={props.categories}
        defaultValue={shown(values, "categoryId", "")}
        error={errors.categoryId}
      />
      <SelectField
        id="departmentId"
        label="Afdeling"
        placeholder="Standaardafdeling van de categorie"
        options={props.departments}
        defaultValue={shown(values, "departmentId", "")}
        error={errors.departmentId}
      />
      <FormField
        id="dueDate"
        type="date"
        label="Termijn (leeg: standaardtermijn van de categorie)"
        defaultValue={shown(values, "dueDate", "")}
        error={errors.dueDate}
      />
      <FormField
        id="externalReference"
        label="Nummer in het meldingensysteem (optioneel)"
        defaultValue={shown(values, "externalReference", "")}
        error={errors.externalReference}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="forward" defaultChecked={values ? values.forward === "on" : true} /> Meteen doorzetten naar de afdeling
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Melding maken"}
      </button>
    </form>
  );
}
