"use client";
// An afwijkende gebiedsindeling in two steps: name, owner, validity and a CSV
// of buurtcode → eenheid; "Voorbeeld bekijken" shows the units and their
// buurten (or every bad row) and writes nothing; "Toepassen" then saves
// exactly that file. What was typed stays after a refusal.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { IndelingImportOutcome } from "@/lib/actions/beheer/import-gebiedsindeling";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { FormField } from "./form-field";
import { ErrorSummary, shown, SuccessMessage } from "./form-parts";
import { FileIssues, type TextFile, TextFileFields, TextFileInput } from "./text-file-input";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Group = { label: string; options: { value: string; label: string }[] };

export function GebiedsindelingForm({
  action,
  owners,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<IndelingImportOutcome>>;
  owners: Group[];
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  useRefreshOnDone(done?.committed);
  const preview = done && !done.committed && done.issues.length === 0 ? done : null;
  // after a refusal what was typed, after a preview what was previewed (React empties a form after its action)
  const typed = values ?? (done && !done.committed ? done.input : undefined);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(typed ?? {}) + String(done?.committed ?? "")}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done?.committed && (
        <SuccessMessage>
          Gebiedsindeling opgeslagen: {done.units.length} eenheden, {done.buurten} buurten.
        </SuccessMessage>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="rij" />}
      <FormField
        id="indeling-name"
        name="name"
        label="Naam van de indeling"
        hint="Bijvoorbeeld: Deelgebieden sociale wijkteams. Dezelfde naam nog eens vervangt de eenheden."
        defaultValue={shown(typed, "name", "")}
        error={errors.name}
        maxLength={150}
      />
      <div>
        <label htmlFor="indeling-owner" className="block font-semibold">
          Van wie
        </label>
        <select
          id="indeling-owner"
          name="owner"
          defaultValue={shown(typed, "owner", "")}
          aria-invalid={errors.owner ? true : undefined}
          aria-describedby={errors.owner ? "indeling-owner-fout" : undefined}
          className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
        >
          <option value="">Kies een afdeling of partner</option>
          {owners.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {errors.owner && (
          <p id="indeling-owner-fout" className="mt-1 text-accent">
            {errors.owner}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="indeling-from" name="validFrom" type="date" label="Geldig vanaf" defaultValue={shown(typed, "validFrom", "")} error={errors.validFrom} />
        <FormField
          id="indeling-to"
          name="validTo"
          type="date"
          label="Geldig tot en met (optioneel)"
          defaultValue={shown(typed, "validTo", "")}
          error={errors.validTo}
        />
      </div>
      <TextFileInput
        id="indeling-file"
        label="CSV-bestand"
        hint="Kolommen ‘buurtcode’ en ‘eenheid’, één rij per buurt (gescheiden door ; of ,)."
        accept={[".csv", ".txt"]}
        wrongType="Kies een CSV-bestand (.csv)."
        error={errors.payload}
        onFile={setFile}
      />
      {file && <p className="text-sm">Gekozen bestand: {file.name}</p>}
      <TextFileFields file={file} />
      {preview && (
        <section aria-labelledby="indeling-voorbeeld-kop" className="space-y-2">
          <h2 id="indeling-voorbeeld-kop" className="text-xl font-semibold">
            Voorbeeld van {preview.fileName || "het bestand"}
          </h2>
          <p>
            {preview.units.length} eenheden met samen {preview.buurten} buurten. Er is nog niets opgeslagen.
          </p>
          <ScrollTable label="Eenheden in het bestand">
            <table className="w-full border-collapse text-left" data-testid="indeling-voorbeeld">
              <TableHead columns={["Eenheid", { label: "Buurten", right: true }, "Stadsdelen"]} />
              <tbody>
                {preview.units.map((u) => (
                  <tr key={u.name} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{u.name}</td>
                    <td className="py-2 pr-3 text-right">{u.buurten}</td>
                    <td className="py-2">{u.stadsdelen.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="apply"
          value="0"
          disabled={pending || !file}
          className="rounded border border-brand px-4 py-2 font-semibold text-brand disabled:opacity-70"
        >
          {pending ? "Bezig…" : "Voorbeeld bekijken"}
        </button>
        {preview && (
          <button
            type="submit"
            name="apply"
            value="1"
            disabled={pending || !file}
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70"
          >
            Toepassen
          </button>
        )}
      </div>
    </form>
  );
}
