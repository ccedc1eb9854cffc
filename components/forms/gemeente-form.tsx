"use client";
// The municipality's details (beheer → Gemeente): name and contact, the
// privacy officer, and the accessibility statement. Errors next to the
// fields; what was typed stays.
import type { ActionResult } from "@/lib/actions/define-action";
import { accessibilityStatuses, type GemeenteDetails } from "@/lib/gemeente";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function GemeenteForm({
  action,
  initial,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ changed: string[] }>>;
  initial: GemeenteDetails;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  const v = (key: keyof GemeenteDetails, fallback: string | null) => shown(values, key, fallback ?? "");
  return (
    <form action={formAction} className="max-w-2xl space-y-6" noValidate>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>
        {done ? (done.changed.length ? "Opgeslagen. De pagina's en nieuwe e-mails tonen de gegevens meteen." : "Opgeslagen; er was niets gewijzigd.") : null}
      </SuccessMessage>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Gemeente</legend>
        <FormField
          id="g-name"
          name="name"
          label="Naam, zoals bewoners hem zien"
          hint="Bijvoorbeeld: Gemeente Maastricht. Staat bovenaan elke pagina en onder elke e-mail."
          defaultValue={v("name", initial.name)}
          error={errors.name}
        />
        <FormField
          id="g-email"
          name="contactEmail"
          type="email"
          label="Algemeen e-mailadres voor vragen"
          defaultValue={v("contactEmail", initial.contactEmail)}
          error={errors.contactEmail}
        />
        <FormField
          id="g-phone"
          name="contactPhone"
          type="tel"
          label="Telefoonnummer (niet verplicht)"
          defaultValue={v("contactPhone", initial.contactPhone)}
          error={errors.contactPhone}
        />
        <FormField
          id="g-address"
          name="postalAddress"
          label="Postadres (niet verplicht)"
          defaultValue={v("postalAddress", initial.postalAddress)}
          error={errors.postalAddress}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Functionaris gegevensbescherming (FG)</legend>
        <p className="text-sm text-muted">Staat op de privacypagina: daar kunnen bewoners terecht met vragen en klachten over hun gegevens.</p>
        <FormField
          id="g-fg-name"
          name="privacyOfficerName"
          label="Naam (niet verplicht)"
          defaultValue={v("privacyOfficerName", initial.privacyOfficerName)}
          error={errors.privacyOfficerName}
        />
        <FormField
          id="g-fg-email"
          name="privacyOfficerEmail"
          type="email"
          label="E-mailadres"
          defaultValue={v("privacyOfficerEmail", initial.privacyOfficerEmail)}
          error={errors.privacyOfficerEmail}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Toegankelijkheidsverklaring</legend>
        <SelectField
          id="g-a11y-status"
          name="accessibilityStatus"
          label="Status"
          options={Object.entries(accessibilityStatuses).map(([value, label]) => ({ value, label: `${value} — ${label}` }))}
          defaultValue={v("accessibilityStatus", initial.accessibilityStatus)}
          error={errors.accessibilityStatus}
        />
        <FormField
          id="g-a11y-date"
          name="accessibilityEvaluatedOn"
          type="date"
          label="Datum van het laatste onderzoek (niet verplicht)"
          defaultValue={v("accessibilityEvaluatedOn", isoDate(initial.accessibilityEvaluatedOn))}
          error={errors.accessibilityEvaluatedOn}
        />
        <FormField
          id="g-a11y-url"
          name="accessibilityReportUrl"
          type="url"
          label="Webadres van de verklaring in het register (niet verplicht)"
          hint="Bijvoorbeeld https://www.toegankelijkheidsverklaring.nl/register/…"
          defaultValue={v("accessibilityReportUrl", initial.accessibilityReportUrl)}
          error={errors.accessibilityReportUrl}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Cijfers</legend>
        <FormField
          id="g-min-n"
          name="minN"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          label="Minimum aantal waarnemingen"
          hint="Cijfers die op minder respondenten of inwoners rusten, toont het portaal niet (op pagina's en in exports), zodat niemand herkenbaar is. Gebruikelijk is 10."
          defaultValue={v("minN", String(initial.minN))}
          error={errors.minN}
        />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        Opslaan
      </button>
    </form>
  );
}
