"use client";
// Forms behind the one-time staff links: create the first beheerder (first
// run), and set a password. Errors next to each field, what was typed stays
// (passwords excepted), success leads to the login page.
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/define-action";
import { FormField } from "./form-field";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Act = (prev: unknown, form: FormData) => Promise<ActionResult<{ email: string }>>;
const text = (v: unknown) => (typeof v === "string" ? v : "");
const PASSWORD_HINT = "Minstens 12 tekens. Vier losse woorden zijn sterk en goed te onthouden.";

function PasswordFields({ errors }: { errors: Record<string, string> }) {
  return (
    <>
      <FormField id="password" label="Wachtwoord" type="password" autoComplete="new-password" hint={PASSWORD_HINT} error={errors.password} />
      <FormField id="passwordRepeat" label="Herhaal het wachtwoord" type="password" autoComplete="new-password" error={errors.passwordRepeat} />
    </>
  );
}

function Done({ email, what }: { email: string; what: string }) {
  return (
    <SuccessMessage>
      {what} Log nu in als {email}: <Link href="/login">naar de inlogpagina</Link>.
    </SuccessMessage>
  );
}

export function FirstBeheerderForm({ action, token }: { action: Act; token: string }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  if (done) return <Done email={done.email} what="De beheerder is aangemaakt; deze installatielink werkt niet meer." />;
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <FormField id="name" label="Uw naam" autoComplete="name" defaultValue={text(values?.name)} error={errors.name} />
      <FormField id="email" label="E-mailadres" type="email" autoComplete="email" defaultValue={text(values?.email)} error={errors.email} />
      <PasswordFields errors={errors} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Beheerder aanmaken
      </button>
    </form>
  );
}

export function SetPasswordForm({ action, token }: { action: Act; token: string }) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  if (done) return <Done email={done.email} what="Uw wachtwoord is ingesteld." />;
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <PasswordFields errors={errors} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Wachtwoord instellen
      </button>
    </form>
  );
}
