"use client";
// Registering for a bijeenkomst, without an account. Works by keyboard
// alone; errors show next to each field and what was typed stays. A hidden
// honeypot field catches bots.
import type { ActionResult } from "@/lib/actions/define-action";
import type { PublicRegisterOutcome } from "@/lib/actions/registration/register-for-bijeenkomst";
import { facilityLabels } from "@/lib/format";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, TextareaField, shown } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

const ageBandLabels = {
  AGE_0_14: "jonger dan 15",
  AGE_15_24: "15 tot 25 jaar",
  AGE_25_44: "25 tot 45 jaar",
  AGE_45_64: "45 tot 65 jaar",
  AGE_65_PLUS: "65 jaar of ouder",
};

export function RegistrationForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<PublicRegisterOutcome>>;
  bijeenkomstId: string;
  buurten: { id: string; name: string; stadsdeel: string }[];
  full: boolean;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(props.action);
  useRefreshOnDone(done); // the page's seat count follows the registration
  if (done) {
    return (
      <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 p-4 text-green-950">
        <p className="text-lg font-semibold">{done.status === "CONFIRMED" ? "U bent aangemeld." : "De bijeenkomst is vol: u staat op de wachtlijst."}</p>
        <p>
          {done.status === "CONFIRMED"
            ? "U krijgt een bevestiging per e-mail, met een agenda-afspraak en een link om uw aanmelding te wijzigen of af te melden."
            : "Zodra er een plek vrijkomt schuift u automatisch door en krijgt u een e-mail."}
        </p>
        {done.poolRequested && (
          <p>U gaf aan vaker te willen meepraten. Zat u nog niet in die groep, dan krijgt u een aparte e-mail: pas als u die bevestigt, zetten we u erin.</p>
        )}
      </div>
    );
  }
  const needs = values ? [values.needs ?? []].flat().map(String) : [];
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {props.full && <p className="rounded border border-amber-400 bg-amber-50 p-3">Deze bijeenkomst is vol. Als u zich aanmeldt, komt u op de wachtlijst.</p>}
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="name" label="Naam" autoComplete="name" defaultValue={shown(values, "name", "")} error={errors.name} />
        <FormField id="email" type="email" label="E-mailadres" autoComplete="email" defaultValue={shown(values, "email", "")} error={errors.email} />
        <SelectField
          id="buurtId"
          label="Uw buurt"
          placeholder="Kies uw buurt"
          defaultValue={shown(values, "buurtId", "")}
          error={errors.buurtId}
          options={props.buurten.map((b) => ({ value: b.id, label: `${b.name} (${b.stadsdeel})` }))}
        />
        <FormField
          id="postcode"
          label="Of uw postcode"
          autoComplete="postal-code"
          hint="Als u uw buurt niet weet"
          defaultValue={shown(values, "postcode", "")}
          error={errors.postcode}
        />
        <SelectField
          id="partySize"
          label="Met hoeveel personen komt u?"
          defaultValue={shown(values, "partySize", "1")}
          error={errors.partySize}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? "Alleen ik" : `${n} personen` }))}
        />
        <SelectField
          id="ageBand"
          label="Uw leeftijd (niet verplicht)"
          placeholder="Zeg ik liever niet"
          defaultValue={shown(values, "ageBand", "")}
          error={errors.ageBand}
          aria-describedby="ageBand-uitleg"
          options={Object.entries(ageBandLabels).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <p id="ageBand-uitleg" className="text-sm text-muted">
        We vragen uw leeftijdsgroep alleen om te zien of we alle leeftijden bereiken. We tonen dit nooit per persoon.
      </p>
      <fieldset>
        <legend className="font-semibold">Heeft u iets nodig om mee te kunnen doen? (niet verplicht)</legend>
        <div className="mt-1 grid gap-1 md:grid-cols-2">
          {(["WHEELCHAIR_ACCESS", "HEARING_LOOP", "CHILDCARE", "INTERPRETER", "SIGN_LANGUAGE"] as const).map((n) => (
            <label key={n} className="flex items-center gap-2">
              <input type="checkbox" name="needs" value={n} defaultChecked={needs.includes(n)} /> {facilityLabels[n]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextareaField
        id="needsOther"
        label="Iets anders dat we moeten weten? (niet verplicht)"
        rows={2}
        defaultValue={shown(values, "needsOther", "")}
        error={errors.needsOther}
      />
      <div className="rounded border border-gray-300 p-3">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="consent"
            className="mt-1"
            defaultChecked={values?.consent === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-fout" : undefined}
          />
          <span>
            Ik geef toestemming dat de gemeente mijn gegevens gebruikt voor deze aanmelding: bevestiging, herinnering, het verslag en een korte evaluatie. Zie{" "}
            <a href="/privacy">de privacyverklaring</a> (versie 2026-01).
          </span>
        </label>
        {errors.consent && (
          <p id="consent-fout" className="mt-1 text-accent">
            {errors.consent}
          </p>
        )}
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="pool" className="mt-1" defaultChecked={values?.pool === "on"} />
        <span>
          Ik wil ook later uitgenodigd worden om mee te praten over mijn stadsdeel (niet verplicht). U krijgt een e-mail om dit te bevestigen; u kunt het altijd
          weer uitzetten.
        </span>
      </label>
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig met aanmelden…" : props.full ? "Op de wachtlijst zetten" : "Aanmelden"}
      </button>
    </form>
  );
}
