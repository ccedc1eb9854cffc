"use client";
// Overleg forms: a new overleg (kind, stadsdeel, chair and secretary, the
// cadence, the seats), and the sessie's forms — attendance, a point on the
// agenda (free, or one the agenda builder proposes), a point up or down, the
// besluit on a point, and sending the besluiten- en actielijst.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { overlegKindLabels } from "@/lib/format";
import { weekdayLabels, weekdays } from "@/lib/overleg/cadence";
import { CheckboxGroup } from "./dossier-forms";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage, TextareaField } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Option = { value: string; label: string };

const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);
const button = "rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70";

export function OverlegForm(props: {
  action: Act<{ id: string }>;
  choices: { stadsdelen: Option[]; people: Option[]; partners: Option[]; departments: Option[]; organisations: Option[]; cityWide: boolean };
  defaults: { stadsdeelId: string; chairId: string; firstOn: string };
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.push(`/medewerker/overleggen/${done.id}`);
  }, [done, router]);
  const c = props.choices;
  const stadsdelen = c.cityWide ? [{ value: "", label: "Hele stad" }, ...c.stadsdelen] : c.stadsdelen;
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(values ?? {})}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField
        id="name"
        label="Naam"
        hint="Bijvoorbeeld: Stadsdeeltafel Noord"
        defaultValue={shown(values, "name", "")}
        error={errors.name}
        maxLength={150}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="kind"
          label="Soort overleg"
          options={Object.entries(overlegKindLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={shown(values, "kind", "STADSDEELTAFEL")}
          error={errors.kind}
        />
        <SelectField
          id="stadsdeelId"
          label="Stadsdeel"
          options={stadsdelen}
          defaultValue={shown(values, "stadsdeelId", props.defaults.stadsdeelId)}
          error={errors.stadsdeelId}
        />
        <SelectField
          id="chairId"
          label="Voorzitter"
          options={c.people}
          defaultValue={shown(values, "chairId", props.defaults.chairId)}
          error={errors.chairId}
        />
        <SelectField
          id="secretaryId"
          label="Secretaris (optioneel)"
          placeholder="Geen"
          options={c.people}
          defaultValue={shown(values, "secretaryId", "")}
          error={errors.secretaryId}
        />
      </div>
      <fieldset className="space-y-3 rounded border border-gray-300 p-3">
        <legend className="font-semibold">Hoe vaak</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id="every"
            label="Ritme"
            options={[
              { value: "weeks", label: "Elke zoveel weken" },
              { value: "month", label: "Eens per maand" },
            ]}
            defaultValue={shown(values, "every", "weeks")}
            error={errors.every}
          />
          <SelectField
            id="weekday"
            label="Dag"
            options={weekdays.map((d) => ({ value: d, label: weekdayLabels[d] }))}
            defaultValue={shown(values, "weekday", "TU")}
            error={errors.weekday}
          />
          <FormField
            id="interval"
            label="Om de hoeveel weken (bij ‘elke zoveel weken’)"
            type="number"
            min={1}
            max={12}
            defaultValue={shown(values, "interval", "4")}
            error={errors.interval}
          />
          <SelectField
            id="nth"
            label="Welke week (bij ‘eens per maand’)"
            options={[
              ["1", "De eerste"],
              ["2", "De tweede"],
              ["3", "De derde"],
              ["4", "De vierde"],
              ["-1", "De laatste"],
            ].map(([value, label]) => ({ value, label }))}
            defaultValue={shown(values, "nth", "1")}
            error={errors.nth}
          />
          <FormField id="firstOn" label="Eerste keer op" type="date" defaultValue={shown(values, "firstOn", props.defaults.firstOn)} error={errors.firstOn} />
          <FormField id="startTime" label="Begintijd" type="time" defaultValue={shown(values, "startTime", "09:30")} error={errors.startTime} />
          <FormField
            id="durationMinutes"
            label="Duur in minuten"
            type="number"
            min={15}
            max={720}
            defaultValue={shown(values, "durationMinutes", "90")}
            error={errors.durationMinutes}
          />
          <FormField id="location" label="Plaats (optioneel)" defaultValue={shown(values, "location", "")} error={errors.location} maxLength={200} />
        </div>
      </fieldset>
      <CheckboxGroup
        name="departmentIds"
        legend="Plaatsen voor afdelingen"
        options={c.departments}
        checked={list(values?.departmentIds)}
        error={errors.departmentIds}
      />
      <CheckboxGroup
        name="organisationIds"
        legend="Plaatsen voor partnerorganisaties"
        options={c.organisations}
        checked={list(values?.organisationIds)}
        error={errors.organisationIds}
      />
      <CheckboxGroup
        name="userIds"
        legend="Deelnemers op naam (de voorzitter en secretaris zitten er altijd bij)"
        options={[...c.people, ...c.partners]}
        checked={list(values?.userIds)}
        error={errors.userIds}
      />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Overleg aanmaken"}
      </button>
    </form>
  );
}

/** A form that is one button (with hidden fields): add a proposed point, move a point, send the lists. */
export function ButtonForm<T>({
  action,
  fields,
  label,
  busy = "Bezig…",
  doneText,
  primary,
}: {
  action: Act<T>;
  fields: Record<string, string>;
  label: string;
  busy?: string;
  doneText?: string;
  primary?: boolean;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className={primary ? button : "rounded border border-brand px-2 py-1 text-brand disabled:opacity-70"}>
        {pending ? busy : label}
      </button>
      {failed && (
        <span role="alert" className="ml-2 text-accent">
          {failed.error}
        </span>
      )}
      {done && doneText && (
        <span role="status" className="ml-2 text-green-900">
          {doneText}
        </span>
      )}
    </form>
  );
}

export function SessiePuntForm({ action, sessieId }: { action: Act<{ id: string }>; sessieId: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="flex max-w-3xl flex-wrap items-end gap-3" noValidate key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}`}>
      <input type="hidden" name="sessieId" value={sessieId} />
      <FormField
        id="punt-title"
        name="title"
        label="Onderwerp"
        defaultValue={shown(values, "title", "")}
        error={errors.title ?? (failed && !failed.fieldErrors ? failed.error : undefined)}
        maxLength={300}
        className="min-w-64 flex-1"
      />
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Punt toevoegen"}
      </button>
    </form>
  );
}

export function BesluitForm({ action, puntId, besluit, title }: { action: Act<{ id: string }>; puntId: string; besluit: string; title: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `besluit-${puntId}`;
  return (
    <form action={formAction} className="space-y-2" noValidate key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}`}>
      <input type="hidden" name="puntId" value={puntId} />
      <TextareaField
        id={id}
        name="besluit"
        label={`Besluit bij “${title}”`}
        rows={2}
        defaultValue={shown(values, "besluit", besluit)}
        error={errors.besluit ?? (failed && !failed.fieldErrors ? failed.error : undefined)}
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-1 font-semibold text-brand disabled:opacity-70">
        {pending ? "Bezig…" : "Besluit opslaan"}
      </button>
      {done && (
        <span role="status" className="ml-2 text-green-900">
          Besluit opgeslagen.
        </span>
      )}
    </form>
  );
}

export function AttendanceForm({
  action,
  sessieId,
  seats,
}: {
  action: Act<{ id: string; present: number }>;
  sessieId: string;
  seats: { id: string; label: string; present: boolean }[];
}) {
  const { formAction, pending, failed, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const typed = values ? list(values.present) : null;
  return (
    <form action={formAction} className="space-y-2" key={`${JSON.stringify(values ?? {})}${done?.present ?? ""}`}>
      <input type="hidden" name="sessieId" value={sessieId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? `Aanwezigheid opgeslagen: ${done.present} van ${seats.length} aanwezig.` : null}</SuccessMessage>
      <fieldset>
        <legend className="font-semibold">Aanwezig</legend>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {seats.map((s) => (
            <li key={s.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="present" value={s.id} defaultChecked={typed ? typed.includes(s.id) : s.present} className="size-5" /> {s.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Aanwezigheid opslaan"}
      </button>
    </form>
  );
}

/** Who fills a department's or organisation's seat, or open. */
export function SeatForm({
  action,
  seatId,
  label,
  current,
  options,
}: {
  action: Act<{ id: string }>;
  seatId: string;
  label: string;
  current: string;
  options: Option[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `seat-${seatId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}${current}`}>
      <input type="hidden" name="seatId" value={seatId} />
      <SelectField
        id={id}
        name="userId"
        label={`Wie zit er namens ${label}?`}
        placeholder="Open plaats"
        options={options}
        defaultValue={shown(values, "userId", current)}
        error={errors.userId ?? (failed && !failed.fieldErrors ? failed.error : undefined)}
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand disabled:opacity-70">
        {pending ? "Bezig…" : "Opslaan"}
      </button>
    </form>
  );
}

/** Invite a resident to the overleg: name and e-mail; they become a member only when they confirm through the mail. */
export function InviteBewonerForm({ action, overlegId }: { action: Act<{ id: string }>; overlegId: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-3xl space-y-3" noValidate key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}`}>
      <input type="hidden" name="overlegId" value={overlegId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Uitnodiging verstuurd. De bewoner is lid zodra die het zelf bevestigt via de e-mail." : null}</SuccessMessage>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="residentName"
          label="Naam van de bewoner"
          defaultValue={shown(values, "residentName", "")}
          error={errors.residentName}
          maxLength={120}
          autoComplete="off"
        />
        <FormField
          id="email"
          label="E-mailadres"
          type="email"
          defaultValue={shown(values, "email", "")}
          error={errors.email}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Bezig…" : "Uitnodiging sturen"}
      </button>
    </form>
  );
}
