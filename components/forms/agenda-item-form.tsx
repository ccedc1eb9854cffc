"use client";
// Add or edit an agenda item: kind, title, description, theme, department,
// period (day, month or quarter), status, progress, public or internal, and
// the scope (whole stadsdeel, or chosen wijken and buurten).
import type { ActionResult } from "@/lib/actions/define-action";
import { agendaKindLabels, agendaStatusLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Option = { id: string; name: string };
export type AgendaFormValues = {
  kind: string;
  title: string;
  description: string;
  themeId: string;
  departmentId: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  progress: string;
  isPublic: boolean;
  buurtIds: string[];
  wijkIds: string[];
};

export function AgendaItemForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  hidden: Record<string, string>;
  initial: AgendaFormValues;
  themes: Option[];
  departments: Option[];
  buurten: Option[];
  wijken: Option[];
  submitLabel: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  const list = (key: string, fallback: string[]) => (values ? [values[key] ?? []].flat().map(String) : fallback);
  const buurtIds = list("buurtIds", props.initial.buurtIds);
  const wijkIds = list("wijkIds", props.initial.wijkIds);
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(values ?? {})}>
      {Object.entries(props.hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Het agendapunt is opgeslagen." : null}</SuccessMessage>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="kind"
          label="Soort"
          options={Object.entries(agendaKindLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={shown(values, "kind", props.initial.kind)}
          error={errors.kind}
        />
        <FormField id="title" label="Titel" defaultValue={shown(values, "title", props.initial.title)} error={errors.title} />
      </div>
      <TextareaField
        id="description"
        label="Omschrijving"
        rows={3}
        defaultValue={shown(values, "description", props.initial.description)}
        error={errors.description}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="themeId"
          label="Thema"
          placeholder="Geen thema"
          options={props.themes.map((t) => ({ value: t.id, label: t.name }))}
          defaultValue={shown(values, "themeId", props.initial.themeId)}
          error={errors.themeId}
        />
        <SelectField
          id="departmentId"
          label="Afdeling"
          placeholder="Geen afdeling"
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
          defaultValue={shown(values, "departmentId", props.initial.departmentId)}
          error={errors.departmentId}
        />
        <FormField
          id="periodStart"
          label="Begin"
          hint="Datum (2027-03-15), maand (2027-03) of kwartaal (2027-Q2)"
          defaultValue={shown(values, "periodStart", props.initial.periodStart)}
          error={errors.periodStart}
        />
        <FormField
          id="periodEnd"
          label="Einde"
          hint="Datum, maand of kwartaal"
          defaultValue={shown(values, "periodEnd", props.initial.periodEnd)}
          error={errors.periodEnd}
        />
        <SelectField
          id="status"
          label="Status"
          options={Object.entries(agendaStatusLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={shown(values, "status", props.initial.status)}
          error={errors.status}
        />
        <FormField
          id="progress"
          type="number"
          min={0}
          max={100}
          label="Voortgang (%)"
          defaultValue={shown(values, "progress", props.initial.progress)}
          error={errors.progress}
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isPublic" defaultChecked={values ? values.isPublic === "on" : props.initial.isPublic} /> Openbaar (zichtbaar voor bewoners)
      </label>
      <fieldset>
        <legend className="font-semibold">Gebied: laat leeg voor het hele stadsdeel</legend>
        {(errors.buurtIds || errors.wijkIds) && <p className="text-accent">{errors.buurtIds ?? errors.wijkIds}</p>}
        <p className="mt-1 text-sm font-semibold">Wijken</p>
        <div className="grid gap-1 md:grid-cols-3">
          {props.wijken.map((w) => (
            <label key={w.id} className="flex items-center gap-2">
              <input type="checkbox" name="wijkIds" value={w.id} defaultChecked={wijkIds.includes(w.id)} /> {w.name}
            </label>
          ))}
        </div>
        <p className="mt-2 text-sm font-semibold">Buurten</p>
        <div className="grid gap-1 md:grid-cols-3">
          {props.buurten.map((b) => (
            <label key={b.id} className="flex items-center gap-2">
              <input type="checkbox" name="buurtIds" value={b.id} defaultChecked={buurtIds.includes(b.id)} /> {b.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : props.submitLabel}
      </button>
    </form>
  );
}
