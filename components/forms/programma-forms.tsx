"use client";
// The forms of the programma → plan → monitor cycle: a new programma, an
// opgave, a doel (with or without indicator), an agenda item as an activity
// of a doel, the vaststelling (beheerder), a new version, and the monitor.
// Errors next to the fields; what was typed stays after a refusal.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage, TextareaField } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Option = { value: string; label: string };
const button = "rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70";

export function CreateProgrammaForm({
  action,
  stadsdelen,
}: {
  action: Act<{ id: string }>;
  stadsdelen: { id: string; name: string; focusgebieden: { id: string; name: string }[] }[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.push(`/medewerker/programmas/${done.id}`);
  }, [done, router]);
  const year = new Date().getFullYear() + 1;
  const focus = stadsdelen.flatMap((s) => s.focusgebieden.map((f) => ({ value: f.id, label: `${f.name} (${s.name}) — gebiedsagenda` })));
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SelectField
        id="pr-stadsdeel"
        name="stadsdeelId"
        label="Stadsdeel"
        options={stadsdelen.map((s) => ({ value: s.id, label: s.name }))}
        placeholder="Kies een stadsdeel"
        defaultValue={shown(values, "stadsdeelId", stadsdelen.length === 1 ? stadsdelen[0].id : "")}
        error={errors.stadsdeelId}
      />
      <FormField
        id="pr-titel"
        name="title"
        label="Titel"
        hint={`Bijvoorbeeld: Stadsdeelprogramma West ${year}–${year + 3}.`}
        defaultValue={shown(values, "title", "")}
        error={errors.title}
        maxLength={200}
      />
      <FormField
        id="pr-jaar"
        name="startYear"
        type="number"
        inputMode="numeric"
        label="Eerste jaar (het programma loopt vier jaar)"
        defaultValue={shown(values, "startYear", String(year))}
        error={errors.startYear}
      />
      {focus.length > 0 && (
        <SelectField
          id="pr-focus"
          name="focusgebiedId"
          label="Voor een focusgebied (optioneel)"
          options={focus}
          placeholder="Nee: het stadsdeelprogramma"
          defaultValue={shown(values, "focusgebiedId", "")}
          error={errors.focusgebiedId}
        />
      )}
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Programma aanmaken"}
      </button>
    </form>
  );
}

function Checkboxes({
  name,
  legend,
  options,
  values,
  error,
}: {
  name: string;
  legend: string;
  options: Option[];
  values?: Record<string, unknown>;
  error?: string;
}) {
  if (options.length === 0) return null;
  const chosen = new Set(([] as unknown[]).concat(values?.[name] ?? []).map(String));
  return (
    <fieldset aria-describedby={error ? `${name}-fout` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <ul className="flex flex-wrap gap-x-4">
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-center gap-2 py-1">
              <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} className="h-5 w-5" />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${name}-fout`} className="mt-1 text-accent">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function OpgaveForm({
  action,
  programmaId,
  focusgebieden,
  themes,
  departments,
  organisations,
  wethouders,
}: {
  action: Act<{ id: string }>;
  programmaId: string;
  focusgebieden: Option[];
  themes: Option[];
  departments: Option[];
  organisations: Option[];
  wethouders: Option[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate key={done?.id ?? "nieuw"}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && <SuccessMessage>Opgave toegevoegd.</SuccessMessage>}
      <input type="hidden" name="programmaId" value={programmaId} />
      <FormField id="op-titel" name="title" label="Opgave" defaultValue={shown(values, "title", "")} error={errors.title} maxLength={200} />
      <TextareaField
        id="op-waarom"
        name="waarom"
        label="Waarom is dit een opgave?"
        hint="De onderbouwing: wat bewoners inbrachten, wat de cijfers laten zien."
        rows={3}
        defaultValue={shown(values, "waarom", "")}
        error={errors.waarom}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="op-prio"
          name="priority"
          type="number"
          inputMode="numeric"
          label="Prioriteit (1 is de hoogste)"
          defaultValue={shown(values, "priority", "1")}
          error={errors.priority}
        />
        <SelectField
          id="op-focus"
          name="focusgebiedId"
          label="Focusgebied (optioneel)"
          options={focusgebieden}
          placeholder="Geen"
          defaultValue={shown(values, "focusgebiedId", "")}
          error={errors.focusgebiedId}
        />
        <SelectField
          id="op-thema"
          name="themeId"
          label="Thema (optioneel)"
          options={themes}
          placeholder="Geen"
          defaultValue={shown(values, "themeId", "")}
          error={errors.themeId}
        />
        <SelectField
          id="op-afdeling"
          name="leadDepartmentId"
          label="Trekker (afdeling, optioneel)"
          options={departments}
          placeholder="Geen"
          defaultValue={shown(values, "leadDepartmentId", "")}
          error={errors.leadDepartmentId}
        />
      </div>
      <Checkboxes name="departmentIds" legend="Andere afdelingen (optioneel)" options={departments} values={values} error={errors.departmentIds} />
      <Checkboxes name="organisationIds" legend="Partners (optioneel)" options={organisations} values={values} error={errors.organisationIds} />
      <Checkboxes name="wethouderIds" legend="Portefeuillehouders (optioneel)" options={wethouders} values={values} error={errors.wethouderIds} />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Opgave toevoegen"}
      </button>
    </form>
  );
}

export function DoelForm({
  action,
  opgaveId,
  opgaveTitle,
  indicators,
  areas,
}: {
  action: Act<{ id: string }>;
  opgaveId: string;
  opgaveTitle: string;
  indicators: Option[];
  areas: Option[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const p = `doel-${opgaveId}`;
  return (
    <form
      action={formAction}
      className="space-y-3 rounded border border-gray-300 p-3"
      noValidate
      key={done?.id ?? "nieuw"}
      aria-label={`Doel toevoegen bij ${opgaveTitle}`}
    >
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && <SuccessMessage>Doel toegevoegd.</SuccessMessage>}
      <input type="hidden" name="opgaveId" value={opgaveId} />
      <FormField id={`${p}-tekst`} name="text" label="Doel" defaultValue={shown(values, "text", "")} error={errors.text} maxLength={500} />
      <SelectField
        id={`${p}-soort`}
        name="kind"
        label="Soort doel"
        options={[
          { value: "EFFECT", label: "Effect (wat er in de buurt verandert)" },
          { value: "PRESTATIE", label: "Prestatie (wat wij leveren)" },
        ]}
        defaultValue={shown(values, "kind", "EFFECT")}
        error={errors.kind}
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Meten (laat leeg als het doel niet meetbaar is)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${p}-indicator`}
            name="indicatorCode"
            label="Indicator"
            options={indicators}
            placeholder="Niet meetbaar"
            defaultValue={shown(values, "indicatorCode", "")}
            error={errors.indicatorCode}
          />
          <SelectField
            id={`${p}-gebied`}
            name="areaCode"
            label="Gebied"
            options={areas}
            placeholder="Kies een gebied"
            defaultValue={shown(values, "areaCode", "")}
            error={errors.areaCode}
          />
          <FormField
            id={`${p}-nul`}
            name="baselineValue"
            inputMode="decimal"
            label="Nulmeting"
            defaultValue={shown(values, "baselineValue", "")}
            error={errors.baselineValue}
          />
          <FormField
            id={`${p}-nuljaar`}
            name="baselineYear"
            type="number"
            inputMode="numeric"
            label="Jaar van de nulmeting"
            defaultValue={shown(values, "baselineYear", "")}
            error={errors.baselineYear}
          />
          <FormField
            id={`${p}-streef`}
            name="targetValue"
            inputMode="decimal"
            label="Streefwaarde"
            defaultValue={shown(values, "targetValue", "")}
            error={errors.targetValue}
          />
          <FormField
            id={`${p}-streefjaar`}
            name="targetYear"
            type="number"
            inputMode="numeric"
            label="Streefjaar"
            defaultValue={shown(values, "targetYear", "")}
            error={errors.targetYear}
          />
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Doel toevoegen"}
      </button>
    </form>
  );
}

export function LinkAgendaItemForm({
  action,
  doelId,
  doelText,
  items,
}: {
  action: Act<{ doelId: string }>;
  doelId: string;
  doelText: string;
  items: Option[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `koppel-${doelId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate aria-label={`Activiteit koppelen aan ${doelText}`}>
      <input type="hidden" name="doelId" value={doelId} />
      <SelectField
        id={id}
        name="agendaItemId"
        label="Agendapunt als activiteit"
        options={items}
        placeholder="Kies een agendapunt"
        defaultValue={shown(values, "agendaItemId", "")}
        error={errors.agendaItemId ?? (failed && !failed.fieldErrors ? failed.error : undefined)}
        className="min-w-64"
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand disabled:opacity-70">
        {pending ? "Bezig…" : "Koppelen"}
      </button>
      {done && (
        <span role="status" className="text-green-900">
          Gekoppeld.
        </span>
      )}
    </form>
  );
}

export function VaststellenForm({ action, programmaId }: { action: Act<{ id: string }>; programmaId: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="programmaId" value={programmaId} />
      <FormField
        id="vs-door"
        name="vastgesteldDoor"
        label="Vastgesteld door"
        defaultValue={shown(values, "vastgesteldDoor", "College van burgemeester en wethouders")}
        error={errors.vastgesteldDoor}
        maxLength={200}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="vs-op"
          name="vastgesteldOp"
          type="date"
          label="Datum van het besluit"
          defaultValue={shown(values, "vastgesteldOp", "")}
          error={errors.vastgesteldOp}
        />
        <FormField
          id="vs-kenmerk"
          name="besluitKenmerk"
          label="Kenmerk van het besluit"
          hint="Bijvoorbeeld 2026.123456."
          defaultValue={shown(values, "besluitKenmerk", "")}
          error={errors.besluitKenmerk}
          maxLength={100}
        />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Vaststellen"}
      </button>
    </form>
  );
}

export function NewVersionForm({ action, programmaId }: { action: Act<{ id: string }>; programmaId: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.push(`/medewerker/programmas/${done.id}`);
  }, [done, router]);
  return (
    <form action={formAction}>
      <input type="hidden" name="programmaId" value={programmaId} />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand disabled:opacity-70">
        {pending ? "Bezig…" : "Nieuwe versie maken om te wijzigen"}
      </button>
      {failed && (
        <p role="alert" className="mt-1 text-accent">
          {failed.error}
        </p>
      )}
    </form>
  );
}

export function MonitorForm({ action, programmaId, year }: { action: Act<{ id: string }>; programmaId: string; year: number }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <input type="hidden" name="programmaId" value={programmaId} />
      <input type="hidden" name="year" value={year} />
      <TextareaField
        id="mon-werkte"
        name="watWerkte"
        label="Wat werkte?"
        rows={3}
        defaultValue={shown(values, "watWerkte", "")}
        error={errors.watWerkte ?? errors.year}
      />
      <TextareaField
        id="mon-beter"
        name="watKanBeter"
        label="Wat kan beter? (dit verschijnt bij het plan van volgend jaar)"
        rows={3}
        defaultValue={shown(values, "watKanBeter", "")}
        error={errors.watKanBeter}
      />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : `Monitor ${year} publiceren`}
      </button>
    </form>
  );
}

/** Evidence for an opgave: three small forms (an inbreng, a verslag, a figure), each saving one bouwsteen. */
export function BouwsteenForms({
  action,
  opgaveId,
  opgaveTitle,
  inbreng,
  verslagen,
  indicators,
  areas,
}: {
  action: Act<{ id: string }>;
  opgaveId: string;
  opgaveTitle: string;
  inbreng: Option[];
  verslagen: Option[];
  indicators: Option[];
  areas: Option[];
}) {
  return (
    <div className="space-y-3" role="group" aria-label={`Onderbouwing toevoegen bij ${opgaveTitle}`}>
      {inbreng.length > 0 && (
        <BouwsteenForm action={action} opgaveId={opgaveId} kind="inbreng" fields={[{ name: "inbrengId", label: "Inbreng", options: inbreng }]} />
      )}
      {verslagen.length > 0 && (
        <BouwsteenForm action={action} opgaveId={opgaveId} kind="verslag" fields={[{ name: "verslagId", label: "Verslag", options: verslagen }]} />
      )}
      <BouwsteenForm
        action={action}
        opgaveId={opgaveId}
        kind="cijfer"
        fields={[
          { name: "indicatorCode", label: "Cijfer: indicator", options: indicators },
          { name: "areaCode", label: "Gebied", options: areas },
        ]}
      />
    </div>
  );
}

function BouwsteenForm({
  action,
  opgaveId,
  kind,
  fields,
}: {
  action: Act<{ id: string }>;
  opgaveId: string;
  kind: string;
  fields: { name: string; label: string; options: Option[] }[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate key={done?.id ?? "nieuw"}>
      <input type="hidden" name="opgaveId" value={opgaveId} />
      {fields.map((f) => (
        <SelectField
          key={f.name}
          id={`bs-${opgaveId}-${f.name}`}
          name={f.name}
          label={f.label}
          options={f.options}
          placeholder="Kies"
          defaultValue={shown(values, f.name, "")}
          error={errors[f.name] ?? (f.name === fields[0].name && failed && !failed.fieldErrors ? failed.error : undefined)}
          className="min-w-64 max-w-full"
        />
      ))}
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand disabled:opacity-70">
        {pending ? "Bezig…" : `${kind[0].toUpperCase()}${kind.slice(1)} toevoegen`}
      </button>
      {done && (
        <span role="status" className="text-green-900">
          Toegevoegd.
        </span>
      )}
    </form>
  );
}
