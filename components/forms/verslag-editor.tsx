"use client";
// The verslag editor: Markdown with a live preview, "make a draft from the
// inbreng", save, and publish the next version (with a change note from v2).
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { renderMarkdown } from "@/lib/verslag/markdown";
import { FormField } from "./form-field";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

export function VerslagEditor(props: {
  bijeenkomstId: string;
  initialBody: string;
  nextVersion: number;
  canPublish: boolean;
  actions: { generate: Act<{ body: string }>; save: Act<{ saved: boolean }>; publish: Act<{ number: number; sent: number; onTime: boolean }> };
}) {
  const [body, setBody] = useState(props.initialBody);
  const generate = useFormAction(props.actions.generate);
  const save = useFormAction(props.actions.save);
  const publish = useFormAction(props.actions.publish);
  const [lastGenerated, setLastGenerated] = useState<string | null>(null);
  if (generate.done && generate.done.body !== lastGenerated) {
    setLastGenerated(generate.done.body);
    setBody(generate.done.body);
  }
  return (
    <div className="space-y-4">
      <form action={generate.formAction}>
        <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
        <button type="submit" disabled={generate.pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">Concept maken uit de inbreng</button>
        <p className="text-sm text-muted">Vervangt de tekst hieronder door een nieuw concept met de aantallen per thema en de punten per tafel.</p>
      </form>
      <form action={save.formAction} className="grid gap-4 lg:grid-cols-2" noValidate>
        <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
        <div>
          <label htmlFor="body" className="block font-semibold">Verslag (Markdown: # kop, - opsomming, **nadruk**)</label>
          <textarea id="body" name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={22}
            aria-invalid={save.errors.body ? true : undefined} aria-describedby={save.errors.body ? "body-fout" : undefined}
            className="mt-1 w-full rounded border border-gray-500 px-3 py-2 font-mono text-sm" />
          {save.errors.body && <p id="body-fout" className="mt-1 text-accent">{save.errors.body}</p>}
          <ErrorSummary error={save.failed?.error} fieldErrors={save.failed?.fieldErrors} />
          <SuccessMessage>{save.done ? "Opgeslagen." : null}</SuccessMessage>
          <button type="submit" disabled={save.pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">Opslaan</button>
        </div>
        <section aria-labelledby="voorbeeld-kop" className="rounded border border-gray-300 p-3">
          <h2 id="voorbeeld-kop" className="text-sm font-semibold text-muted">Voorbeeld</h2>
          <div className="verslag-tekst" dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />
        </section>
      </form>
      {props.canPublish && (
        <form action={publish.formAction} className="space-y-3 rounded border border-gray-300 p-3" noValidate>
          <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
          <h2 className="text-xl font-semibold">Versie {props.nextVersion} versturen</h2>
          <p>Sla eerst op. Iedereen die aanwezig was (of, zonder check-in, iedereen die was aangemeld) krijgt een e-mail met de link. De kaart wordt vastgelegd zoals hij nu is.</p>
          {props.nextVersion > 1 && <FormField id="changeNote" label="Wat is er veranderd?" error={publish.errors.changeNote} />}
          <ErrorSummary error={publish.failed?.error} fieldErrors={publish.failed?.fieldErrors} />
          <SuccessMessage>{publish.done ? `Versie ${publish.done.number} is verstuurd naar ${publish.done.sent} deelnemers${publish.done.onTime ? ", binnen de termijn" : " (na de termijn)"}.` : null}</SuccessMessage>
          <button type="submit" disabled={publish.pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">Versie {props.nextVersion} versturen</button>
        </form>
      )}
    </div>
  );
}
