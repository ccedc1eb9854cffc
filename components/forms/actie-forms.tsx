"use client";
// Actie forms: a new actie on a dossier (what, who — a colleague or a
// partner organisation — and by when), and an actie's status (gereed,
// vervallen with a note why, or open again).
import type { ActionResult } from "@/lib/actions/define-action";
import { actieStatusLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, shown } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Group = { label: string; options: { value: string; label: string }[] };

/** A new actie: on a dossier (`for: { dossierId }`) or agreed at a sessie's agenda point (`for: { puntId }`); `idPrefix` keeps field ids unique when a page has several. */
export function ActieForm({
  action,
  for: target,
  owners,
  today,
  idPrefix = "actie",
}: {
  action: Act<{ id: string }>;
  for: { dossierId: string } | { puntId: string };
  owners: Group[];
  today: string;
  idPrefix?: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form
      action={formAction}
      className="max-w-3xl space-y-3 rounded border border-gray-300 p-3"
      noValidate
      key={`${JSON.stringify(values ?? {})}${done?.id ?? ""}`}
    >
      {Object.entries(target).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && (
        <p role="status" className="text-green-900">
          De actie is toegevoegd.
        </p>
      )}
      <FormField
        id={`${idPrefix}-description`}
        name="description"
        label="Wat wordt er gedaan?"
        defaultValue={shown(values, "description", "")}
        error={errors.description}
        maxLength={1000}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-owner`} className="block font-semibold">
            Wie
          </label>
          <select
            id={`${idPrefix}-owner`}
            name="owner"
            defaultValue={shown(values, "owner", "")}
            aria-invalid={errors.owner ? true : undefined}
            aria-describedby={errors.owner ? `${idPrefix}-owner-fout` : undefined}
            className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
          >
            <option value="">Kies een collega of organisatie</option>
            {owners.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {errors.owner && (
            <p id={`${idPrefix}-owner-fout`} className="mt-1 text-accent">
              {errors.owner}
            </p>
          )}
        </div>
        <FormField
          id={`${idPrefix}-due`}
          name="dueOn"
          type="date"
          min={today}
          label="Uiterlijk op"
          defaultValue={shown(values, "dueOn", "")}
          error={errors.dueOn}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Actie toevoegen"}
      </button>
    </form>
  );
}

export function ActieStatusForm({
  action,
  actieId,
  status,
  label,
}: {
  action: Act<{ id: string; status: string }>;
  actieId: string;
  status: string;
  label: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `actie-${actieId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="actieId" value={actieId} />
      <div>
        <label htmlFor={`${id}-status`} className="sr-only">
          Status van {label}
        </label>
        <select
          id={`${id}-status`}
          name="status"
          defaultValue={shown(values, "status", status === "OPEN" ? "GEREED" : "OPEN")}
          className="rounded border border-gray-500 bg-white px-2 py-1"
        >
          {Object.entries(actieStatusLabels)
            .filter(([k]) => k !== status)
            .map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="sr-only">
          Toelichting bij {label}
        </label>
        <input
          id={`${id}-note`}
          name="note"
          placeholder="Toelichting"
          defaultValue={shown(values, "note", "")}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note || failed ? `${id}-fout` : undefined}
          className="rounded border border-gray-500 px-2 py-1"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-1 font-semibold text-brand">
        {pending ? "Bezig…" : "Opslaan"}
      </button>
      {(errors.note || failed) && (
        <p id={`${id}-fout`} className="w-full text-accent">
          {errors.note ?? failed?.error}
        </p>
      )}
    </form>
  );
}
