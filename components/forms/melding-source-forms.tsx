"use client";
// Beheer → Meldingensysteem: the connection to Signalen (address; a token or
// OIDC client credentials, the secret never shown back; the source name for
// pushed meldingen), "Nu ophalen" with its report, fetching history from a
// date, and per Signalen category the portal category its meldingen get.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { PullReport } from "@/lib/signalen/pull-signals";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

type SourceShown = { baseUrl: string; authKind: string; issuerUrl: string; clientId: string; sourceName: string; linkTemplate: string };

export function MeldingSourceForm({ action, source, hasSecret }: { action: Act<{ saved: boolean }>; source: SourceShown; hasSecret: boolean }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const [kind, setKind] = useState(shown(values, "authKind", source.authKind));
  const keep = hasSecret && kind === source.authKind ? " (leeg laten om het huidige te houden)" : "";
  return (
    <form action={formAction} className="max-w-2xl space-y-3" noValidate key={JSON.stringify(values ?? {})}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "Opgeslagen. De volgende ronde (binnen 5 minuten) haalt de meldingen op, of kies Nu ophalen." : null}</SuccessMessage>
      <FormField
        id="ms-url"
        name="baseUrl"
        type="url"
        label="Adres van Signalen"
        hint="Het adres van de API, zonder /signals/…, bijvoorbeeld https://api.meldingen.gemeente.nl"
        defaultValue={shown(values, "baseUrl", source.baseUrl)}
        error={errors.baseUrl}
      />
      <fieldset>
        <legend className="font-semibold">Inloggen bij Signalen</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="authKind" value="token" checked={kind === "token"} onChange={() => setKind("token")} /> Token van een systeemaccount
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="authKind" value="oidc" checked={kind === "oidc"} onChange={() => setKind("oidc")} /> OIDC client credentials
          </label>
        </div>
        {errors.authKind && <p className="mt-1 text-accent">{errors.authKind}</p>}
      </fieldset>
      {kind === "oidc" && (
        <>
          <FormField
            id="ms-issuer"
            name="issuerUrl"
            type="url"
            label="Adres van de identity provider (issuer)"
            hint="Bijvoorbeeld https://login.gemeente.nl/realms/signalen; het portaal leest daar /.well-known/openid-configuration."
            defaultValue={shown(values, "issuerUrl", source.issuerUrl)}
            error={errors.issuerUrl}
          />
          <FormField
            id="ms-client"
            name="clientId"
            label="Client-id"
            autoComplete="off"
            defaultValue={shown(values, "clientId", source.clientId)}
            error={errors.clientId}
          />
        </>
      )}
      <FormField
        id="ms-token"
        name="token"
        type="password"
        autoComplete="off"
        label={`${kind === "oidc" ? "Client secret" : "Token van het systeemaccount"}${keep}`}
        hint={
          kind === "oidc"
            ? "Het geheim van de client; het wordt nooit meer getoond."
            : "Een Bearer-token van een Signalen-gebruiker met rechten op de meldingen; het wordt nooit meer getoond."
        }
        defaultValue=""
        error={errors.token}
      />
      <FormField
        id="ms-source"
        name="sourceName"
        label="Bron bij doorzetten"
        hint="Zo heten meldingen uit het portaal in Signalen; de bron moet daar bestaan (Signalen → Instellingen → Bronnen)."
        defaultValue={shown(values, "sourceName", source.sourceName)}
        error={errors.sourceName}
      />
      <FormField
        id="ms-link"
        name="linkTemplate"
        type="url"
        label="Adres van een melding in Signalen (optioneel)"
        hint="Met {id} op de plek van het nummer, bijvoorbeeld https://meldingen.gemeente.nl/manage/incident/{id}; dan opent elk SIG-nummer in het portaal de melding in Signalen."
        defaultValue={shown(values, "linkTemplate", source.linkTemplate)}
        error={errors.linkTemplate}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending ? "Bezig…" : "Opslaan"}
      </button>
    </form>
  );
}

export function BackfillForm({ action }: { action: Act<{ from: Date }> }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="flex max-w-2xl flex-wrap items-end gap-3" noValidate key={JSON.stringify(values ?? {})}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField
        id="ms-backfill"
        name="from"
        type="date"
        label="Eerdere meldingen ophalen vanaf"
        hint="Meldingen die vóór de koppeling zijn gemaakt, per 30 dagen opgehaald naast de gewone ronde."
        defaultValue={shown(values, "from", "")}
        error={errors.from}
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
        {pending ? "Bezig…" : "Geschiedenis ophalen"}
      </button>
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
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
        {pending ? "Ophalen…" : "Nu ophalen"}
      </button>
      {done && (
        <p role="status" data-testid="sync-verslag">
          {!r
            ? "Er is nog geen meldingensysteem ingesteld."
            : r.error
              ? `Niet gelukt: ${r.error}`
              : `Opgehaald: ${r.imported} meldingen in ${r.pages} ${r.pages === 1 ? "pagina" : "pagina's"}; ${r.waiting} wachten op een categorie; ${r.outside} liggen buiten de gemeente.${r.backfillAt ? ` Eerdere meldingen: opgehaald tot ${new Date(r.backfillAt).toLocaleDateString("nl-NL")}; de volgende ronde gaat verder.` : ""}`}
        </p>
      )}
    </form>
  );
}

export function CategoryMapForm({
  action,
  path,
  categoryId,
  choices,
}: {
  action: Act<{ mapped: boolean }>;
  path: string;
  categoryId: string | null;
  choices: { value: string; label: string }[];
}) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  useRefreshOnDone(done);
  const id = `map-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="path" value={path} />
      <SelectField
        id={id}
        name="categoryId"
        label={`Categorie in het portaal voor ${path
          .split("/")
          .slice(-3)
          .filter((p) => p !== "sub_categories")
          .join(" / ")}`}
        placeholder="Nog niet gekoppeld"
        options={choices}
        defaultValue={categoryId ?? ""}
        error={errors.categoryId ?? (failed && !errors.categoryId ? failed.error : undefined)}
        className="min-w-0 flex-1"
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 font-semibold text-brand">
        Koppelen
      </button>
    </form>
  );
}
