"use client";
// Import agenda items from a spreadsheet in two steps: choose the file and
// see per row what will be created, updated or refused (and why); then
// import. Nothing is saved before the second step.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ImportOutcome } from "@/lib/actions/agenda/import-agenda-items";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

const actionLabels = { create: "Nieuw", update: "Bijwerken", unchanged: "Ongewijzigd", refused: "Geweigerd" } as const;

export function AgendaImportForm({ action }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<ImportOutcome>> }) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  const [file, setFile] = useState<{ name: string; payload: string } | null>(null);
  const [readError, setReadError] = useState("");

  async function pick(e: React.ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    setReadError("");
    if (!f) return setFile(null);
    if (!/\.(csv|xlsx)$/i.test(f.name)) {
      setFile(null);
      return setReadError("Kies een CSV- of Excel-bestand (.csv of .xlsx).");
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    setFile({ name: f.name, payload: btoa(binary) });
  }

  const preview = done && !done.committed ? done : null;
  return (
    <div className="space-y-4">
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done?.committed && (
        <SuccessMessage>
          Geïmporteerd uit {done.fileName}: {done.counts.create} nieuw, {done.counts.update} bijgewerkt, {done.counts.unchanged} ongewijzigd,{" "}
          {done.counts.refused} geweigerd.
        </SuccessMessage>
      )}
      <form action={formAction} className="space-y-3" noValidate>
        <div>
          <label htmlFor="bestand" className="block font-semibold">
            Bestand (CSV of Excel)
          </label>
          <p id="bestand-hint" className="text-sm text-muted">
            Kolommen: sleutel, stadsdeel, titel, omschrijving, soort, thema, afdeling, begin, einde, status, voortgang, openbaar, buurten, wijken en (niet
            verplicht) doel: de code van een doel uit het stadsdeelprogramma, bijvoorbeeld west-2026-1 — dan hoort het punt bij het stadsdeelplan.
          </p>
          <input
            id="bestand"
            type="file"
            accept=".csv,.xlsx"
            onChange={pick}
            aria-describedby={`bestand-hint${readError || errors.payload ? " bestand-fout" : ""}`}
            aria-invalid={readError || errors.payload ? true : undefined}
            className="mt-1"
          />
          {(readError || errors.payload) && (
            <p id="bestand-fout" className="mt-1 text-accent">
              {readError || errors.payload}
            </p>
          )}
        </div>
        <input type="hidden" name="fileName" value={preview?.fileName ?? file?.name ?? ""} />
        <input type="hidden" name="payload" value={file?.payload ?? preview?.payload ?? ""} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={pending || !file} className="rounded border border-brand px-4 py-2 font-semibold text-brand disabled:opacity-60">
            Voorbeeld tonen
          </button>
          {preview && (
            <button
              type="submit"
              name="commit"
              value="1"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
            >
              {preview.counts.create + preview.counts.update} rijen importeren
            </button>
          )}
        </div>
      </form>
      {preview && (
        <section aria-labelledby="voorbeeld-kop">
          <h2 id="voorbeeld-kop" className="text-xl font-semibold">
            Voorbeeld van {preview.fileName}
          </h2>
          <p role="status">
            {preview.counts.create} nieuw, {preview.counts.update} bijwerken, {preview.counts.unchanged} ongewijzigd, {preview.counts.refused} geweigerd. Er is
            nog niets opgeslagen.
          </p>
          <ScrollTable label="Voorbeeld van de import">
            <table className="mt-2 w-full border-collapse text-left" data-testid="import-voorbeeld">
              <TableHead columns={["Regel", "Sleutel", "Titel", "Wat gebeurt er", "Waarom geweigerd"]} />
              <tbody>
                {[...preview.rows]
                  .sort((a, b) => Number(b.action === "refused") - Number(a.action === "refused") || a.line - b.line)
                  .map((r) => (
                    <tr key={r.line} className="border-b border-gray-200">
                      <td className="py-2 pr-3">{r.line}</td>
                      <td className="py-2 pr-3">{r.key}</td>
                      <td className="py-2 pr-3">{r.title}</td>
                      <td className="py-2 pr-3">
                        {r.action === "refused" ? <strong className="text-accent">{actionLabels[r.action]}</strong> : actionLabels[r.action]}
                      </td>
                      <td className="py-2">{r.reasons.join("; ")}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
    </div>
  );
}
