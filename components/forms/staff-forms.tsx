"use client";
// Beheer of staff accounts: invite a colleague, change role and scope,
// deactivate/reactivate, send a new password link. Errors next to each
// field, what was typed stays, everything works by keyboard.
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Option = { id: string; name: string };
export type StaffScope = { role: string; stadsdeelIds: string[]; departmentId: string; wethouderStadsdeelId: string; organisationId: string };
type Choices = { stadsdelen: Option[]; departments: Option[]; organisations: Option[] };
const roleOptions = [
  { value: "STADSDEELREGISSEUR", label: "Stadsdeelregisseur" },
  { value: "AFDELINGSMEDEWERKER", label: "Afdelingsmedewerker" },
  { value: "WETHOUDER", label: "Wethouder" },
  { value: "BEHEERDER", label: "Beheerder" },
  { value: "PARTNER", label: "Partner (stadsdeeltafel: alleen dossiers en acties van de eigen organisatie)" },
];
const text = (v: unknown, fallback: string) => (typeof v === "string" ? v : fallback);
const many = (v: unknown, fallback: string[]) => (v === undefined ? fallback : [v].flat().map(String));

function ScopeFields({
  prefix,
  initial,
  values,
  errors,
  choices,
}: {
  prefix: string;
  initial: StaffScope;
  values?: Record<string, unknown>;
  errors: Record<string, string>;
  choices: Choices;
}) {
  const { stadsdelen, departments, organisations } = choices;
  const chosen = many(values?.stadsdeelIds, initial.stadsdeelIds);
  return (
    <>
      <SelectField id={`${prefix}-role`} name="role" label="Rol" options={roleOptions} defaultValue={text(values?.role, initial.role)} error={errors.role} />
      <fieldset aria-describedby={errors.stadsdeelIds ? `${prefix}-stadsdelen-fout` : undefined}>
        <legend className="font-semibold">Stadsdelen (voor een stadsdeelregisseur)</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {stadsdelen.map((s) => (
            <label key={s.id} className="flex items-center gap-2">
              <input type="checkbox" name="stadsdeelIds" value={s.id} defaultChecked={chosen.includes(s.id)} /> {s.name}
            </label>
          ))}
        </div>
        {errors.stadsdeelIds && (
          <p id={`${prefix}-stadsdelen-fout`} className="mt-1 text-accent">
            {errors.stadsdeelIds}
          </p>
        )}
      </fieldset>
      <SelectField
        id={`${prefix}-department`}
        name="departmentId"
        label="Afdeling (voor een afdelingsmedewerker)"
        placeholder="—"
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={text(values?.departmentId, initial.departmentId)}
        error={errors.departmentId}
      />
      <SelectField
        id={`${prefix}-wethouder`}
        name="wethouderStadsdeelId"
        label="Eigen stadsdeel (voor een wethouder, komt bovenaan)"
        placeholder="—"
        options={stadsdelen.map((s) => ({ value: s.id, label: s.name }))}
        defaultValue={text(values?.wethouderStadsdeelId, initial.wethouderStadsdeelId)}
      />
      <SelectField
        id={`${prefix}-organisation`}
        name="organisationId"
        label="Organisatie (voor een partner)"
        placeholder="—"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={text(values?.organisationId, initial.organisationId)}
        error={errors.organisationId}
      />
    </>
  );
}

export function InviteStaffForm({ action, choices }: { action: Act<{ id: string }>; choices: Choices }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate key={done ? JSON.stringify(done) : "nieuw"}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "De uitnodiging is verstuurd. De collega kiest een wachtwoord via de link in de e-mail." : null}</SuccessMessage>
      <FormField id="invite-name" name="name" label="Naam" autoComplete="off" defaultValue={done ? "" : text(values?.name, "")} error={errors.name} />
      <FormField
        id="invite-email"
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="off"
        defaultValue={done ? "" : text(values?.email, "")}
        error={errors.email}
      />
      <ScopeFields
        prefix="invite"
        initial={{ role: "STADSDEELREGISSEUR", stadsdeelIds: [], departmentId: "", wethouderStadsdeelId: "", organisationId: "" }}
        values={done ? undefined : values}
        errors={errors}
        choices={choices}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Uitnodigen
      </button>
    </form>
  );
}

export function UpdateStaffForm({ action, userId, initial, choices }: { action: Act<{ id: string }>; userId: string; initial: StaffScope; choices: Choices }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Rol en werkgebied zijn opgeslagen." : null}</SuccessMessage>
      <ScopeFields prefix="edit" initial={initial} values={values} errors={errors} choices={choices} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Opslaan
      </button>
    </form>
  );
}

export function StaffActiveForm({ action, userId, active, name }: { action: Act<{ active: boolean }>; userId: string; active: boolean; name: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  const now = done ? done.active : active;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={now ? "false" : "true"} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <p>{now ? `${name} kan inloggen.` : `${name} is gedeactiveerd en kan niet inloggen.`}</p>
      <button
        type="submit"
        disabled={pending}
        className={now ? "rounded border-2 border-accent px-4 py-2 font-semibold text-accent" : "rounded border border-brand px-4 py-2 text-brand"}
      >
        {now ? "Deactiveren" : "Weer activeren"}
      </button>
    </form>
  );
}

export function PasswordLinkForm({ action, userId }: { action: Act<{ sent: boolean }>; userId: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "De link is per e-mail verstuurd; eerdere links werken niet meer." : null}</SuccessMessage>
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 text-brand">
        Link voor nieuw wachtwoord sturen
      </button>
    </form>
  );
}
