"use client";
// Plan or edit a bijeenkomst: what, when, where, capacity, facilities,
// registration window and the gesprekstafels with their hosts. Errors show
// next to each field and what was typed stays in the form.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { bijeenkomstKindLabels, facilityLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage, TextareaField, shown } from "./form-parts";

export type BijeenkomstFormValues = {
  kind: string; title: string; description: string; startsAt: string; endsAt: string; locationName: string; address: string;
  capacity: string; facilities: string[]; registrationOpensAt: string; registrationClosesAt: string;
  tafels: { id: string; name: string; hostName: string }[];
};

type Action = (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;

export function BijeenkomstForm({ action, hidden, initial, submitLabel }: { action: Action; hidden: Record<string, string>; initial: BijeenkomstFormValues; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values;
  const e = failed?.fieldErrors ?? {};
  const typedTafels = values
    ? [values.tafelName].flat().map((name, i) => ({
        id: String([values.tafelId].flat()[i] ?? ""), name: String(name ?? ""), hostName: String([values.tafelHost].flat()[i] ?? ""),
      }))
    : null;
  const [tafels, setTafels] = useState(initial.tafels);
  const rows = typedTafels && typedTafels.length === tafels.length ? typedTafels : tafels;
  const checkedFacilities = values ? [values.facilities ?? []].flat().map(String) : initial.facilities;

  return (
    <form action={formAction} className="space-y-4" noValidate key={failed ? JSON.stringify(values) : "form"}>
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <ErrorSummary error={failed?.error} />
      <SuccessMessage>{state?.ok ? "De wijzigingen zijn opgeslagen." : null}</SuccessMessage>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField id="kind" label="Soort bijeenkomst" defaultValue={shown(values, "kind", initial.kind)} error={e.kind}
          options={Object.entries(bijeenkomstKindLabels).map(([value, label]) => ({ value, label }))} />
        <FormField id="title" label="Titel" defaultValue={shown(values, "title", initial.title)} error={e.title} required />
      </div>
      <TextareaField id="description" label="Beschrijving (voor bewoners)" defaultValue={shown(values, "description", initial.description)} error={e.description} />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="startsAt" type="datetime-local" label="Begin" defaultValue={shown(values, "startsAt", initial.startsAt)} error={e.startsAt} required />
        <FormField id="endsAt" type="datetime-local" label="Einde" defaultValue={shown(values, "endsAt", initial.endsAt)} error={e.endsAt} required />
        <FormField id="locationName" label="Locatie" defaultValue={shown(values, "locationName", initial.locationName)} error={e.locationName} required />
        <FormField id="address" label="Adres" defaultValue={shown(values, "address", initial.address)} error={e.address} required />
        <FormField id="capacity" type="number" min={0} inputMode="numeric" label="Aantal plaatsen" defaultValue={shown(values, "capacity", initial.capacity)} error={e.capacity} required />
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
        <FormField id="registrationOpensAt" type="datetime-local" label="Aanmelden kan vanaf (optioneel)" defaultValue={shown(values, "registrationOpensAt", initial.registrationOpensAt)} error={e.registrationOpensAt} />
        <FormField id="registrationClosesAt" type="datetime-local" label="Aanmelden kan tot (optioneel)" defaultValue={shown(values, "registrationClosesAt", initial.registrationClosesAt)} error={e.registrationClosesAt} />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Gesprekstafels</legend>
        {e.tafels && <p className="text-accent">{e.tafels}</p>}
        {rows.length === 0 && <p className="text-sm text-muted">Nog geen tafels.</p>}
        {rows.map((t, i) => (
          <div key={`${t.id}-${i}`} className="grid items-end gap-2 md:grid-cols-[1fr_1fr_auto]">
            <input type="hidden" name="tafelId" value={t.id} />
            <FormField id={`tafelName-${i}`} name="tafelName" label={`Naam tafel ${i + 1}`} defaultValue={t.name} />
            <FormField id={`tafelHost-${i}`} name="tafelHost" label={`Gespreksleider tafel ${i + 1}`} defaultValue={t.hostName} />
            <button type="button" className="mb-1 rounded border border-gray-500 px-3 py-2" onClick={() => setTafels(rows.filter((_, j) => j !== i))}>
              Tafel {i + 1} verwijderen
            </button>
          </div>
        ))}
        <button type="button" className="rounded border border-brand px-3 py-2 text-brand" onClick={() => setTafels([...rows, { id: "", name: `Tafel ${rows.length + 1}`, hostName: "" }])}>
          Tafel toevoegen
        </button>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : submitLabel}
      </button>
    </form>
  );
}
