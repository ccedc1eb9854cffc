"use client";
// The login form. After a successful sign-in it does a full page load, so
// the new session cookie is used everywhere at once.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormField } from "@/components/forms/form-field";

type Errors = { email?: string; password?: string; form?: string };

export function LoginForm({ callbackUrl, oidc, initialError }: { callbackUrl: string; oidc: string | null; initialError: string | null }) {
  const [errors, setErrors] = useState<Errors>(initialError ? { form: initialError } : {});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const next: Errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) next.email = "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.";
    if (!password) next.password = "Vul uw wachtwoord in.";
    setErrors(next);
    if (next.email || next.password) return;
    setBusy(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setErrors({ form: "Het e-mailadres of wachtwoord klopt niet." });
  }

  return (
    <div className="space-y-4">
      {errors.form && (
        <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">
          {errors.form}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormField id="email" name="email" type="email" label="E-mailadres" autoComplete="username" required error={errors.email} />
        <FormField id="password" name="password" type="password" label="Wachtwoord" autoComplete="current-password" required error={errors.password} />
        <button type="submit" disabled={busy} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
          {busy ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </form>
      {oidc && (
        <button type="button" onClick={() => signIn("oidc", { callbackUrl })} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          Inloggen met {oidc}
        </button>
      )}
    </div>
  );
}
