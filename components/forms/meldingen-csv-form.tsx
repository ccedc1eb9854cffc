"use client";
// Meldingen from another system as CSV: check first (every bad row named by
// its line, nothing written), then read in — the same file, as one whole.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { MeldingenCsvOutcome } from "@/lib/actions/beheer/import-meldingen-csv";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { FileIssues, type TextFile, TextFileFields, TextFileInput } from "./text-file-input";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

export function MeldingenCsvForm({ action }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<MeldingenCsvOutcome>> }) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  useRefreshOnDone(done?.written ? done : null);
  return (
    <div className="space-y-4">
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && done.issues.length === 0 && (
        <SuccessMessage>
          {done.mode === "controleren"
            ? `${done.fileName}: ${done.rows === 1 ? "de rij is" : `alle ${done.rows} rijen zijn`} in orde (${done.rows - done.existing} nieuw, ${done.existing} al eerder ingelezen). Kies Inlezen om op te slaan.`
            : `${done.written} ${done.written === 1 ? "melding" : "meldingen"} ingelezen uit ${done.fileName} (${done.written - done.existing} nieuw, ${done.existing} bijgewerkt).`}
        </SuccessMessage>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="rij" />}
      <form action={formAction} className="max-w-xl space-y-3" noValidate>
        <TextFileInput
          id="meldingen-csv"
          label="CSV-bestand met meldingen"
          accept={[".csv", ".txt"]}
          onFile={setFile}
          error={errors.payload}
          hint="Kolommen: id, datum, categorie (zoals in het portaal), status, afgehandeld_op, en lat en lon of RD x en y."
          wrongType="Kies een CSV-bestand (.csv)."
        />
        <TextFileFields file={file} />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="mode"
            value="controleren"
            disabled={pending || !file}
            className="rounded border border-brand px-4 py-2 font-semibold text-brand disabled:opacity-60"
          >
            Controleren
          </button>
          <button
            type="submit"
            name="mode"
            value="inlezen"
            disabled={pending || !file}
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            Inlezen
          </button>
        </div>
      </form>
    </div>
  );
}
