"use client";
// Beheer → Meldingensysteem: the connection to Signalen (address and token;
// the token is never shown back), "Nu ophalen" with its report, and per
// Signalen category the portal category its meldingen get.
import type { ActionResult } from "@/lib/actions/define-action";
import type { PullReport } from "@/lib/signalen/pull-signals";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

export function MeldingSourceForm({ action, baseUrl, hasToken }: { action: Act<{ saved: boolean }>; baseUrl: string; hasToken: boolean }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Opgeslagen. De volgende ronde (binnen 5 minuten) haalt de meldingen op, of kies Nu ophalen." : null}</SuccessMessage>
      <FormField id="ms-url" name="baseUrl" type="url" label="Adres van Signalen" hint="Het adres van de API, zonder /signals/…, bijvoorbeeld https://api.meldingen.gemeente.nl" defaultValue={shown(values, "baseUrl", baseUrl)} error={errors.baseUrl} />
      <FormField id="ms-token" name="token" type="password" autoComplete="off" label={hasToken ? "Nieuw token (leeg laten om het huidige te houden)" : "Token van het systeemaccount"}
        hint="Een Bearer-token van een Signalen-gebruiker met leesrechten op de meldingen; het wordt nooit meer getoond." defaultValue="" error={errors.token} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">{pending ? "Bezig…" : "Opslaan"}</button>
    </form>
  );
}

export function SyncForm({ action }: { action: Act<{ report: PullReport | null }> }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  const r = done?.report;
  return (
    <form action={formAction} className="space-y-2">
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">{pending ? "Ophalen…" : "Nu ophalen"}</button>
      {done && (
        <p role="status" data-testid="sync-verslag">
          {!r ? "Er is nog geen meldingensysteem ingesteld."
            : r.error ? `Niet gelukt: ${r.error}`
            : `Opgehaald: ${r.imported} meldingen in ${r.pages} ${r.pages === 1 ? "pagina" : "pagina's"}; ${r.waiting} wachten op een categorie; ${r.outside} liggen buiten de gemeente.`}
        </p>
      )}
    </form>
  );
}

export function CategoryMapForm({ action, path, categoryId, choices }: { action: Act<{ mapped: boolean }>; path: string; categoryId: string | null; choices: { value: string; label: string }[] }) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `map-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="path" value={path} />
      <SelectField id={id} name="categoryId" label={`Categorie in het portaal voor ${path.split("/").slice(-3).filter((p) => p !== "sub_categories").join(" / ")}`} placeholder="Nog niet gekoppeld"
        options={choices} defaultValue={categoryId ?? ""} error={errors.categoryId ?? (failed && !errors.categoryId ? failed.error : undefined)} className="min-w-0 flex-1" />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand">Koppelen</button>
    </form>
  );
}
