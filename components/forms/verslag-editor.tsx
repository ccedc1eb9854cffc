"use client";
// The verslag editor: Markdown with a formatting toolbar and a live preview, "make a draft from the
// inbreng" (asks first when it would replace text), save, and send the next
// version — after a confirmation that names how many residents get it and
// shows the mail; what is sent is the text on screen (saved with it).
import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { renderMarkdown } from "@/lib/verslag/markdown";
import { FormField } from "./form-field";
import { FormatToolbar, useFormatting } from "./format-toolbar";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Act<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
const people = (n: number) => (n === 1 ? "1 deelnemer" : `${n} deelnemers`);

export function VerslagEditor(props: {
  bijeenkomstId: string;
  initialBody: string;
  nextVersion: number;
  recipients: number;
  mailPreview: { subject: string; text: string };
  canPublish: boolean;
  actions: { generate: Act<{ body: string }>; save: Act<{ saved: boolean }>; publish: Act<{ number: number; sent: number; onTime: boolean }> };
}) {
  const [body, setBody] = useState(props.initialBody);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const format = useFormatting(textarea, setBody);
  const [saved, setSaved] = useState(props.initialBody);
  const [askReplace, setAskReplace] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const generate = useFormAction(props.actions.generate);
  const save = useFormAction(props.actions.save);
  const publish = useFormAction(props.actions.publish);
  useRefreshOnDone(publish.done); // the list of sent versions and the next number
  const [lastGenerated, setLastGenerated] = useState<string | null>(null);
  if (generate.done && generate.done.body !== lastGenerated) {
    setLastGenerated(generate.done.body);
    setBody(generate.done.body);
    setSaved(generate.done.body);
    setAskReplace(false);
  }
  const [lastSave, setLastSave] = useState<unknown>(null);
  if (save.state !== lastSave) {
    setLastSave(save.state);
    if (save.done) setSaved(body);
  }
  const [lastPublish, setLastPublish] = useState<unknown>(null);
  if (publish.state !== lastPublish) {
    setLastPublish(publish.state);
    setConfirming(false);
    if (publish.done) setSaved(body);
  }
  const unsaved = body !== saved;
  const n = props.nextVersion;

  return (
    <div className="space-y-4">
      <form action={generate.formAction} className="space-y-2">
        <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
        {askReplace ? (
          <div role="alertdialog" aria-labelledby="vervang-vraag" className="space-y-2 rounded border-2 border-accent p-3">
            <p id="vervang-vraag" className="font-semibold">
              Het concept vervangt de tekst die er nu staat. Doorgaan?
            </p>
            <div className="flex gap-3">
              <button type="submit" disabled={generate.pending} className="rounded bg-brand px-4 py-2 font-semibold text-white" autoFocus>
                Ja, tekst vervangen
              </button>
              <button type="button" onClick={() => setAskReplace(false)} className="rounded border border-gray-500 px-4 py-2">
                Nee, tekst houden
              </button>
            </div>
          </div>
        ) : body.trim() ? (
          <button type="button" onClick={() => setAskReplace(true)} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
            Concept maken uit de inbreng
          </button>
        ) : (
          <button type="submit" disabled={generate.pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
            Concept maken uit de inbreng
          </button>
        )}
        <p className="text-sm text-muted">Maakt een nieuw concept met de aantallen per thema en de punten per tafel.</p>
      </form>
      <form action={save.formAction} className="grid gap-4 lg:grid-cols-2" noValidate>
        <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
        <div>
          <label htmlFor="body" className="block font-semibold">
            Verslag
          </label>
          <p id="body-hint" className="text-sm text-muted">
            Opmaak met de knoppen, of typ: ## kop, - opsomming, **vet** (Ctrl+B).
          </p>
          <FormatToolbar controls="body" onFormat={format} />
          <textarea
            id="body"
            name="body"
            ref={textarea}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={22}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "b") {
                e.preventDefault();
                format("vet");
              }
            }}
            aria-invalid={save.errors.body || publish.errors.body ? true : undefined}
            aria-describedby={save.errors.body || publish.errors.body ? "body-hint body-fout" : "body-hint"}
            className="mt-1 w-full rounded border border-gray-500 px-3 py-2 font-mono text-sm"
          />
          {(save.errors.body || publish.errors.body) && (
            <p id="body-fout" className="mt-1 text-accent">
              {save.errors.body || publish.errors.body}
            </p>
          )}
          <ErrorSummary error={save.failed?.error} fieldErrors={save.failed?.fieldErrors} />
          <SuccessMessage>{save.done && !unsaved ? "Opgeslagen." : null}</SuccessMessage>
          {unsaved && (
            <p className="mt-1 text-sm" data-testid="niet-opgeslagen">
              Niet opgeslagen wijzigingen.
            </p>
          )}
          <button type="submit" disabled={save.pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">
            Opslaan
          </button>
        </div>
        <section aria-labelledby="voorbeeld-kop" className="rounded border border-gray-300 p-3">
          <h2 id="voorbeeld-kop" className="text-sm font-semibold text-muted">
            Voorbeeld
          </h2>
          <div className="verslag-tekst" dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />
        </section>
      </form>
      {props.canPublish && (
        <form action={publish.formAction} className="space-y-3 rounded border border-gray-300 p-3" noValidate>
          <input type="hidden" name="bijeenkomstId" value={props.bijeenkomstId} />
          <input type="hidden" name="body" value={body} />
          <h2 className="text-xl font-semibold">Versie {n} versturen</h2>
          <p>
            Iedereen die aanwezig was (of, zonder check-in, iedereen die was aangemeld) krijgt een e-mail met de link: nu {people(props.recipients)}. De tekst
            zoals hij op het scherm staat wordt verstuurd; de kaart wordt vastgelegd zoals hij nu is.
          </p>
          {n > 1 && <FormField id="changeNote" label="Wat is er veranderd?" error={publish.errors.changeNote} />}
          <ErrorSummary error={publish.failed?.error} fieldErrors={publish.failed?.fieldErrors} />
          <SuccessMessage>
            {publish.done
              ? `Versie ${publish.done.number} is verstuurd naar ${people(publish.done.sent)}${publish.done.onTime ? ", binnen de termijn" : " (na de termijn)"}.`
              : null}
          </SuccessMessage>
          {confirming ? (
            <div role="alertdialog" aria-labelledby="verstuur-vraag" className="space-y-3 rounded border-2 border-brand p-3">
              <p id="verstuur-vraag" className="font-semibold">
                {props.recipients > 0
                  ? `Versie ${n} naar ${people(props.recipients)} versturen?`
                  : `Versie ${n} publiceren? Er is niemand om te mailen; het verslag komt wel op de openbare pagina.`}
              </p>
              {unsaved && <p>De wijzigingen op het scherm worden eerst opgeslagen en zo verstuurd.</p>}
              <details open>
                <summary>Zo ziet de e-mail eruit</summary>
                <p className="mt-2 font-semibold">Onderwerp: {props.mailPreview.subject}</p>
                <pre className="mt-1 whitespace-pre-wrap rounded bg-gray-50 p-2 text-sm" data-testid="mail-voorbeeld">
                  {props.mailPreview.text}
                </pre>
              </details>
              <div className="flex flex-wrap gap-3">
                <button type="submit" disabled={publish.pending} className="rounded bg-brand px-4 py-2 font-semibold text-white" autoFocus>
                  {props.recipients > 0 ? `Ja, naar ${people(props.recipients)} versturen` : "Ja, publiceren"}
                </button>
                <button type="button" onClick={() => setConfirming(false)} className="rounded border border-gray-500 px-4 py-2">
                  Annuleren
                </button>
              </div>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} className="rounded bg-brand px-4 py-2 font-semibold text-white">
              Versie {n} versturen…
            </button>
          )}
        </form>
      )}
    </div>
  );
}
