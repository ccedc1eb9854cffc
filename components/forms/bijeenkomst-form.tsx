"use client";
// Plan or edit a bijeenkomst: what, when, where, capacity, facilities,
// registration window and the gesprekstafels with their hosts. Errors show
// next to each field and what was typed stays in the form.
import { useActionState, useRef } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { bijeenkomstKindLabels, facilityLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";
import { TafelRows } from "./tafel-rows";
import { useRefreshOnDone } from "./use-form-action";

export type BijeenkomstFormValues = {
  kind: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  locationName: string;
  address: string;
  capacity: string;
  facilities: string[];
  registrationOpensAt: string;
  registrationClosesAt: string;
  tafels: { id: string; name: string; hostName: string }[];
};

/** "2026-03-12T19:30" plus minutes, as a datetime-local value (wall-clock arithmetic, no time zone involved). */
function addMinutesLocal(local: string, minutes: number): string {
  const d = new Date(`${local}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + minutes);
  return d.toISOString().slice(0, 16);
}

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;

export function BijeenkomstForm({
  action,
  hidden,
  initial,
  submitLabel,
}: {
  action: Action;
  hidden: Record<string, string>;
  initial: BijeenkomstFormValues;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  useRefreshOnDone(state?.ok ? state : null); // the saved tables come back with their ids, and the form is rebuilt from them
  const values = failed?.values;
  const e = failed?.fieldErrors ?? {};
  const typedTafels = values
    ? [values.tafelName].flat().map((name, i) => ({
        id: String([values.tafelId].flat()[i] ?? ""),
        name: String(name ?? ""),
        hostName: String([values.tafelHost].flat()[i] ?? ""),
      }))
    : null;
  // the end follows the start (+ 2.5 h) until the user sets it
  const endRef = useRef<HTMLInputElement>(null);
  const endTouched = useRef(Boolean(shown(values, "endsAt", initial.endsAt)));
  const suggestEnd = (start: string) => {
    if (endTouched.current || !endRef.current || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(start)) return;
    endRef.current.value = addMinutesLocal(start, 150);
  };
  const checkedFacilities = values ? [values.facilities ?? []].flat().map(String) : initial.facilities;

  return (
    <form action={formAction} className="space-y-4" noValidate key={failed ? JSON.stringify(values) : JSON.stringify(initial.tafels)}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{state?.ok ? "De wijzigingen zijn opgeslagen." : null}</SuccessMessage>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="kind"
          label="Soort bijeenkomst"
          defaultValue={shown(values, "kind", initial.kind)}
          error={e.kind}
          options={Object.entries(bijeenkomstKindLabels).map(([value, label]) => ({ value, label }))}
        />
        <FormField id="title" label="Titel" defaultValue={shown(values, "title", initial.title)} error={e.title} required />
      </div>
      <TextareaField
        id="description"
        label="Beschrijving (voor bewoners)"
        defaultValue={shown(values, "description", initial.description)}
        error={e.description}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          id="startsAt"
          type="datetime-local"
          label="Begin"
          defaultValue={shown(values, "startsAt", initial.startsAt)}
          error={e.startsAt}
          required
          onChange={(ev) => suggestEnd(ev.target.value)}
        />
        <FormField
          id="endsAt"
          type="datetime-local"
          label="Einde"
          defaultValue={shown(values, "endsAt", initial.endsAt)}
          error={e.endsAt}
          required
          ref={endRef}
          onInput={() => {
            endTouched.current = true;
          }}
          hint="Vult zich met begin + 2,5 uur zolang u het niet zelf invult."
        />
        <FormField id="locationName" label="Locatie" defaultValue={shown(values, "locationName", initial.locationName)} error={e.locationName} required />
        <FormField id="address" label="Adres" defaultValue={shown(values, "address", initial.address)} error={e.address} required />
        <FormField
          id="capacity"
          type="number"
          min={0}
          inputMode="numeric"
          label="Aantal plaatsen"
          defaultValue={shown(values, "capacity", initial.capacity)}
          error={e.capacity}
          required
        />
      </div>
      <fieldset>
        <legend className="font-semibold">Voorzieningen</legend>
        <div className="mt-1 grid gap-1 md:grid-cols-3">
          {Object.entries(facilityLabels).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" name="facilities" value={value} defaultChecked={checkedFacilities.includes(value)} /> {label}
            </label>
          ))}
        </div>
        {e.facilities && <p className="mt-1 text-accent">{e.facilities}</p>}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          id="registrationOpensAt"
          type="datetime-local"
          label="Aanmelden kan vanaf (optioneel)"
          defaultValue={shown(values, "registrationOpensAt", initial.registrationOpensAt)}
          error={e.registrationOpensAt}
        />
        <FormField
          id="registrationClosesAt"
          type="datetime-local"
          label="Aanmelden kan tot (optioneel)"
          defaultValue={shown(values, "registrationClosesAt", initial.registrationClosesAt)}
          error={e.registrationClosesAt}
        />
      </div>
      <TafelRows initial={typedTafels ?? initial.tafels} error={e.tafels} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : submitLabel}
      </button>
    </form>
  );
}
