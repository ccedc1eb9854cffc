"use client";
// The beheerder's catalogue forms: a department, a theme or a melding
// category (new, or renamed/re-routed when `initial` has an id), switching
// one on or off, and merging two themes or categories. Errors next to the
// fields, what was typed stays.
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Option = { value: string; label: string };
export type CatalogKind = "afdeling" | "thema" | "categorie";
type Initial = { id?: string; name?: string; email?: string | null; defaultDepartmentId?: string | null; defaultDueDays?: number };
const text = (v: unknown, fallback: string) => (typeof v === "string" ? v : fallback);

export function CatalogItemForm({
  kind,
  action,
  departments,
  initial = {},
  submitLabel,
}: {
  kind: CatalogKind;
  action: Act<{ id: string }>;
  departments: Option[];
  initial?: Initial;
  submitLabel: string;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const p = `${kind}-${initial.id ?? "nieuw"}`;
  const fresh = done && !initial.id;
  return (
    <form action={formAction} className="max-w-xl space-y-3" noValidate key={fresh ? JSON.stringify(done) : p}>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Opgeslagen." : null}</SuccessMessage>
      <FormField id={`${p}-name`} name="name" label="Naam" defaultValue={fresh ? "" : text(values?.name, initial.name ?? "")} error={errors.name} />
      {kind === "afdeling" && (
        <FormField
          id={`${p}-email`}
          name="email"
          type="email"
          label="E-mailadres van de afdeling (niet verplicht)"
          defaultValue={fresh ? "" : text(values?.email, initial.email ?? "")}
          error={errors.email}
        />
      )}
      {kind !== "afdeling" && (
        <SelectField
          id={`${p}-dept`}
          name="defaultDepartmentId"
          label={kind === "categorie" ? "Meldingen gaan naar afdeling" : "Standaardafdeling (niet verplicht)"}
          placeholder="—"
          options={departments}
          defaultValue={fresh ? "" : text(values?.defaultDepartmentId, initial.defaultDepartmentId ?? "")}
          error={errors.defaultDepartmentId}
        />
      )}
      {kind === "categorie" && (
        <FormField
          id={`${p}-days`}
          name="defaultDueDays"
          type="number"
          min={1}
          max={365}
          label="Termijn (dagen)"
          defaultValue={fresh ? "14" : text(values?.defaultDueDays, String(initial.defaultDueDays ?? 14))}
          error={errors.defaultDueDays}
        />
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {submitLabel}
      </button>
    </form>
  );
}

export function CatalogActiveButton({
  kind,
  id,
  name,
  active,
  action,
}: {
  kind: CatalogKind;
  id: string;
  name: string;
  active: boolean;
  action: Act<{ active: boolean }>;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  const now = done ? done.active : active;
  return (
    <form action={formAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={now ? "false" : "true"} />
      {failed && <p className="text-accent">{failed.error}</p>}
      <button type="submit" disabled={pending} className="rounded border border-brand px-2 py-1 text-sm text-brand">
        {now ? "Uitzetten" : "Weer aanzetten"}
        <span className="sr-only">: {name}</span>
      </button>
    </form>
  );
}

export function MergeForm({ kind, options, action }: { kind: "thema" | "categorie"; options: Option[]; action: Act<{ moved: number }> }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-xl space-y-3" noValidate>
      <input type="hidden" name="kind" value={kind} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? `Samengevoegd: ${done.moved} verwijzingen verplaatst.` : null}</SuccessMessage>
      <SelectField
        id={`merge-${kind}-from`}
        name="fromId"
        label="Dit gaat op in"
        placeholder="—"
        options={options}
        defaultValue={text(values?.fromId, "")}
        error={errors.fromId}
      />
      <SelectField
        id={`merge-${kind}-into`}
        name="intoId"
        label="dit"
        placeholder="—"
        options={options}
        defaultValue={text(values?.intoId, "")}
        error={errors.intoId}
      />
      <button type="submit" disabled={pending} className="rounded border-2 border-accent px-4 py-2 font-semibold text-accent">
        Samenvoegen
      </button>
    </form>
  );
}
