"use client";
// The focusgebied forms: a new focusgebied (name, stadsdeel, buurten), the
// dates of its six phases in one form, and a partner's contribution.
// Errors next to the fields; what was typed stays after a refusal.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { focusgebiedFaseLabels } from "@/lib/format";
import { focusgebiedFasen } from "@/lib/validation/programma";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage, TextareaField } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
const button = "rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70";

export function CreateFocusgebiedForm({
  action,
  stadsdelen,
}: {
  action: Act<{ id: string; slug: string }>;
  stadsdelen: { id: string; name: string; buurten: { id: string; name: string }[] }[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.push(`/medewerker/focusgebieden/${done.slug}`);
  }, [done, router]);
  const chosen = new Set(([] as unknown[]).concat(values?.buurtIds ?? []).map(String));
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField id="fg-naam" name="name" label="Naam" defaultValue={shown(values, "name", "")} error={errors.name} maxLength={100} />
      <SelectField
        id="fg-stadsdeel"
        name="stadsdeelId"
        label="Stadsdeel"
        options={stadsdelen.map((s) => ({ value: s.id, label: s.name }))}
        placeholder="Kies een stadsdeel"
        defaultValue={shown(values, "stadsdeelId", stadsdelen.length === 1 ? stadsdelen[0].id : "")}
        error={errors.stadsdeelId}
      />
      <fieldset aria-describedby={errors.buurtIds ? "fg-buurten-fout" : undefined}>
        <legend className="font-semibold">Buurten</legend>
        {stadsdelen.map((s) => (
          <div key={s.id} className="mt-1">
            <p className="text-sm font-semibold">{s.name}</p>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {s.buurten.map((b) => (
                <li key={b.id}>
                  <label className="inline-flex items-center gap-2 py-1">
                    <input type="checkbox" name="buurtIds" value={b.id} defaultChecked={chosen.has(b.id)} className="h-5 w-5" />
                    {b.name}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {errors.buurtIds && (
          <p id="fg-buurten-fout" className="mt-1 text-accent">
            {errors.buurtIds}
          </p>
        )}
      </fieldset>
      <TextareaField
        id="fg-omschrijving"
        name="description"
        label="Omschrijving (optioneel)"
        rows={3}
        defaultValue={shown(values, "description", "")}
        error={errors.description}
      />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Focusgebied aanmaken"}
      </button>
    </form>
  );
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export function FasenForm({
  action,
  focusgebiedId,
  fasen,
}: {
  action: Act<{ fasen: number }>;
  focusgebiedId: string;
  fasen: { fase: string; startsOn: Date; endsOn: Date | null }[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const current = new Map(fasen.map((f) => [f.fase, f]));
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && <SuccessMessage>De fasen zijn opgeslagen.</SuccessMessage>}
      <input type="hidden" name="focusgebiedId" value={focusgebiedId} />
      {focusgebiedFasen.map((f) => (
        <fieldset key={f} className="grid gap-3 sm:grid-cols-2">
          <legend className="font-semibold">{focusgebiedFaseLabels[f]}</legend>
          <FormField
            id={`fase-${f}-start`}
            name={`${f}_start`}
            type="date"
            label="Begin"
            defaultValue={shown(values, `${f}_start`, iso(current.get(f)?.startsOn))}
            error={errors[`${f}_start`]}
          />
          <FormField
            id={`fase-${f}-end`}
            name={`${f}_end`}
            type="date"
            label="Einde (optioneel)"
            defaultValue={shown(values, `${f}_end`, iso(current.get(f)?.endsOn))}
            error={errors[`${f}_end`]}
          />
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Fasen opslaan"}
      </button>
    </form>
  );
}

export function BijdrageForm({
  action,
  focusgebiedId,
  organisations,
}: {
  action: Act<{ id: string }>;
  focusgebiedId: string;
  organisations: { id: string; name: string }[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate key={done?.id ?? "nieuw"}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && <SuccessMessage>Bijdrage vastgelegd.</SuccessMessage>}
      <input type="hidden" name="focusgebiedId" value={focusgebiedId} />
      <SelectField
        id="bd-org"
        name="organisationId"
        label="Organisatie"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        placeholder="Kies een organisatie"
        defaultValue={shown(values, "organisationId", "")}
        error={errors.organisationId}
      />
      <TextareaField id="bd-wat" name="what" label="Wat draagt de organisatie bij?" rows={2} defaultValue={shown(values, "what", "")} error={errors.what} />
      <FormField id="bd-op" name="committedOn" type="date" label="Toegezegd op" defaultValue={shown(values, "committedOn", "")} error={errors.committedOn} />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Bijdrage vastleggen"}
      </button>
    </form>
  );
}
