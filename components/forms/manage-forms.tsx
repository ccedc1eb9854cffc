"use client";
// The resident's own controls behind the manage link: cancel or change a
// registration, join or leave the pool (joining is the double opt-in's
// confirmation), delete all data (with confirmation), "dit was ik niet",
// answer an invitation to an overleg and leave one.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

function useRefreshOnDone(done: unknown) {
  const router = useRouter();
  useEffect(() => {
    if (done) router.refresh();
  }, [done, router]);
}

export function RegistrationControls({
  action,
  token,
  registrationId,
  partySize,
  title,
}: {
  action: Act<{ promoted: number; intent: string }>;
  token: string;
  registrationId: string;
  partySize: number;
  title: string;
}) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? (done.intent === "cancel" ? "U bent afgemeld." : "Het aantal personen is aangepast.") : null}</SuccessMessage>
      <SelectField
        id={`partySize-${registrationId}`}
        name="partySize"
        label={`Aantal personen voor ${title}`}
        defaultValue={String(partySize)}
        error={errors.partySize}
        options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: String(n) }))}
      />
      <button type="submit" name="intent" value="partySize" disabled={pending} className="rounded border border-brand px-3 py-2 text-brand">
        Aantal wijzigen
      </button>
      <button type="submit" name="intent" value="cancel" disabled={pending} className="rounded border-2 border-accent px-3 py-2 font-semibold text-accent">
        Afmelden<span className="sr-only"> voor {title}</span>
      </button>
    </form>
  );
}

export function PoolControl({ action, token, inPool }: { action: Act<{ inPool: boolean }>; token: string; inPool: boolean }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      {!inPool && <input type="hidden" name="join" value="true" />}
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>
        {done ? (done.inPool ? "U staat in de groep van bewoners die vaker mee willen praten." : "U krijgt geen uitnodigingen meer.") : null}
      </SuccessMessage>
      <p>{inPool ? "U krijgt uitnodigingen voor nieuwe bijeenkomsten in uw stadsdeel." : "U krijgt nu geen uitnodigingen voor nieuwe bijeenkomsten."}</p>
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-2 text-brand">
        {inPool ? "Geen uitnodigingen meer" : "Ja, ik doe mee"}
      </button>
    </form>
  );
}

export function DeleteDataForm({ action, token }: { action: Act<{ deleted: boolean }>; token: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  // no refresh afterwards: this link stops working the moment the data is gone
  if (done) return <SuccessMessage>Uw gegevens zijn verwijderd, en deze link werkt niet meer. U krijgt geen e-mail meer van ons.</SuccessMessage>;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField
        id="confirm"
        label="Typ VERWIJDER om te bevestigen"
        defaultValue={typeof values?.confirm === "string" ? values.confirm : ""}
        error={errors.confirm}
        autoComplete="off"
      />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">
        Mijn gegevens verwijderen
      </button>
    </form>
  );
}

export function NotMeForm({
  action,
  token,
  registrationId,
  title,
}: {
  action: Act<{ removed: boolean }>;
  token: string;
  registrationId: string;
  title: string;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  if (done) {
    return (
      <SuccessMessage>
        {done.removed
          ? "De aanmelding is ongedaan gemaakt en de gegevens zijn verwijderd."
          : "De aanmelding is ongedaan gemaakt. Uw eigen gegevens en andere aanmeldingen blijven zoals ze waren."}
      </SuccessMessage>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">
        Aanmelding voor {title} ongedaan maken
      </button>
    </form>
  );
}

/** Yes or no to an invitation to sit at an overleg; the answer replaces the form (the link works once). */
export function InvitationAnswerForm({ action, token, overleg }: { action: Act<{ answer: "ja" | "nee" }>; token: string; overleg: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  if (done)
    return (
      <SuccessMessage>
        {done.answer === "ja"
          ? `Welkom: u bent lid van ${overleg}. U krijgt de agenda en de besluiten- en actielijst per e-mail. Stoppen kan altijd via de link "Uw aanmeldingen en gegevens beheren" in die e-mails.`
          : "U heeft de uitnodiging afgewezen. U krijgt geen berichten over dit overleg; als we niets anders van u hebben, zijn uw naam en e-mailadres nu verwijderd."}
      </SuccessMessage>
    );
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="answer" value="ja" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
          Ja, ik word lid
        </button>
        <button
          type="submit"
          name="answer"
          value="nee"
          disabled={pending}
          className="rounded border border-brand px-4 py-2 font-semibold text-brand disabled:opacity-70"
        >
          Nee, liever niet
        </button>
      </div>
    </form>
  );
}

/** Stop being a member of one overleg. */
export function LeaveOverlegForm({ action, token, seatId, overleg }: { action: Act<{ id: string }>; token: string; seatId: string; overleg: string }) {
  const { formAction, pending, failed, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="seatId" value={seatId} />
      <button type="submit" disabled={pending} className="rounded border border-brand px-3 py-1 text-brand disabled:opacity-70">
        Geen lid meer van {overleg}
      </button>
      {failed && (
        <span role="alert" className="ml-2 text-accent">
          {failed.error}
        </span>
      )}
    </form>
  );
}
