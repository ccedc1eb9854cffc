"use client";
// Dossier forms: opening a dossier (to its page once saved) and moving it on
// (duidelijkheid with its text, optionally published to the linked inbreng).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { dossierStatusLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage, TextareaField } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Option = { value: string; label: string };

export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  options: Option[];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-fout` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-muted">Nog geen; de beheerder voegt ze toe.</p>
      ) : (
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.value} className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="mt-1" /> {o.label}
            </label>
          ))}
        </div>
      )}
      {error && (
        <p id={`${name}-fout`} className="mt-1 text-accent">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

export function DossierForm(props: {
  action: Act<{ id: string }>;
  choices: { stadsdelen: Option[]; people: Option[]; departments: Option[]; organisations: Option[] };
  defaults: { stadsdeelId: string; title: string; ownerId: string };
  links: { inbrengId?: string; meldingId?: string; agendaItemId?: string };
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.push(`/medewerker/dossiers/${done.id}`);
  }, [done, router]);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(values ?? {})}>
      {Object.entries(props.links).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SelectField
        id="stadsdeelId"
        label="Stadsdeel"
        options={props.choices.stadsdelen}
        defaultValue={shown(values, "stadsdeelId", props.defaults.stadsdeelId)}
        error={errors.stadsdeelId}
      />
      <FormField id="title" label="Titel" defaultValue={shown(values, "title", props.defaults.title)} error={errors.title} maxLength={200} />
      <TextareaField id="description" label="Waar gaat het om? (optioneel)" defaultValue={shown(values, "description", "")} error={errors.description} />
      <SelectField
        id="ownerId"
        label="Eigenaar"
        options={props.choices.people}
        defaultValue={shown(values, "ownerId", props.defaults.ownerId)}
        error={errors.ownerId}
      />
      <CheckboxGroup
        name="departmentIds"
        legend="Betrokken afdelingen"
        options={props.choices.departments}
        checked={list(values?.departmentIds)}
        error={errors.departmentIds}
      />
      <CheckboxGroup
        name="organisationIds"
        legend="Betrokken partners"
        options={props.choices.organisations}
        checked={list(values?.organisationIds)}
        error={errors.organisationIds}
      />
      {(errors.inbrengId || errors.meldingId || errors.agendaItemId) && (
        <p className="text-accent">{errors.inbrengId ?? errors.meldingId ?? errors.agendaItemId}</p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Dossier openen"}
      </button>
    </form>
  );
}

export function DossierStatusForm({
  action,
  dossierId,
  next,
  clarity,
  linkedInbreng,
}: {
  action: Act<{ id: string; status: string }>;
  dossierId: string;
  next: string[];
  clarity: string;
  linkedInbreng: number;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-3xl space-y-3" noValidate key={`${JSON.stringify(values ?? {})}${done?.status ?? ""}`}>
      <input type="hidden" name="dossierId" value={dossierId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? `Het dossier is nu ${dossierStatusLabels[done.status].toLowerCase()}.` : null}</SuccessMessage>
      <SelectField
        id="toStatus"
        label="Naar"
        options={next.map((s) => ({ value: s, label: dossierStatusLabels[s] }))}
        defaultValue={shown(values, "toStatus", next[0])}
        error={errors.toStatus}
      />
      <TextareaField
        id="clarity"
        label="Wat is er duidelijk? (nodig vanaf duidelijkheid)"
        hint="Voor de betrokkenen: wat er gaat gebeuren, door wie, en wat niet."
        defaultValue={shown(values, "clarity", clarity)}
        error={errors.clarity}
      />
      {linkedInbreng > 0 && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="publish" className="mt-1" defaultChecked={values?.publish === "on"} />
          <span>
            Deze tekst als openbaar antwoord zetten bij {linkedInbreng === 1 ? "de gekoppelde inbreng" : `de ${linkedInbreng} gekoppelde inbreng`} (bewoners
            zien het op de stadsdeelpagina)
          </span>
        </label>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Status wijzigen"}
      </button>
    </form>
  );
}

export function OrganisationForm({ action, kinds }: { action: Act<{ id: string }>; kinds: Option[] }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="flex max-w-3xl flex-wrap items-end gap-3" noValidate key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}`}>
      <div className="w-full">
        <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      </div>
      <FormField id="org-name" name="name" label="Naam" defaultValue={shown(values, "name", "")} error={errors.name} className="min-w-64 flex-1" />
      <SelectField id="org-kind" name="kind" label="Soort" placeholder="Kies" options={kinds} defaultValue={shown(values, "kind", "")} error={errors.kind} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Toevoegen"}
      </button>
    </form>
  );
}
