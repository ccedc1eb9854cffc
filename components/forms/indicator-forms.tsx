"use client";
// The cijfers page's forms: a peiling CSV and a CBS Kerncijfers table, each
// in two steps ("Voorbeeld bekijken" writes nothing and shows what would be
// written or every bad row; "Importeren" then writes exactly that file), and
// a new indicator for the catalogue. What was typed stays after a refusal.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { CbsImportOutcome } from "@/lib/actions/indicator/import-cbs-kerncijfers";
import type { PeilingImportOutcome } from "@/lib/actions/indicator/import-peiling";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { indicatorKinds, indicatorPolarities, indicatorUnits, kindLabels, polarityLabels, unitLabels } from "@/lib/validation/indicator";
import { FormField } from "./form-field";
import { ErrorSummary, SelectField, shown, SuccessMessage, TextareaField } from "./form-parts";
import { FileIssues, type TextFile, TextFileFields, TextFileInput } from "./text-file-input";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

type Action<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

function StepButtons({ pending, file, preview, label }: { pending: boolean; file: TextFile | null; preview: boolean; label: string }) {
  return (
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
          {label}
        </button>
      )}
    </div>
  );
}

export function PeilingImportForm({ action }: { action: Action<PeilingImportOutcome> }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  useRefreshOnDone(done?.committed);
  const preview = done && !done.committed && done.issues.length === 0 ? done : null;
  const typed = values ?? (done && !done.committed ? { source: done.source } : undefined);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(typed ?? {}) + String(done?.committed ?? "")}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done?.committed && (
        <SuccessMessage>
          Geïmporteerd uit {done.fileName}: {done.rows} waarden, waarvan {done.added} nieuw en {done.changed} gewijzigd; de rest stond er al zo.
        </SuccessMessage>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="rij" />}
      <FormField
        id="peiling-bron"
        name="source"
        label="Bron"
        hint="Zo staat het bij de cijfers, bijvoorbeeld: Buurtpeiling 2025."
        defaultValue={shown(typed, "source", "")}
        error={errors.source}
        maxLength={200}
      />
      <TextFileInput
        id="peiling-bestand"
        label="CSV-bestand"
        accept={[".csv", ".txt"]}
        wrongType="Kies een CSV-bestand (.csv)."
        error={errors.payload}
        onFile={setFile}
        hint="Kolommen indicator; gebied; periode; waarde; n — en eventueel de verdeling in procenten als verdeling_eens; verdeling_neutraal; … Gebied is een CBS-code (GM…, WK…, BU…) of de naam van een stadsdeel; periode een jaar (2025) of van/tot (2025-10-01/2025-11-30)."
      />
      {file && <p className="text-sm">Gekozen bestand: {file.name}</p>}
      <TextFileFields file={file} />
      {preview && (
        <section aria-labelledby="peiling-voorbeeld-kop" className="space-y-2">
          <h3 id="peiling-voorbeeld-kop" className="text-lg font-semibold">
            Voorbeeld van {preview.fileName || "het bestand"}
          </h3>
          <p>{preview.rows} waarden, alle rijen in orde. Er is nog niets opgeslagen.</p>
          <ScrollTable label="Indicatoren in het bestand">
            <table className="w-full border-collapse text-left" data-testid="peiling-voorbeeld">
              <TableHead columns={["Indicator", { label: "Gebieden", right: true }, "Perioden"]} />
              <tbody>
                {preview.summary.map((s) => (
                  <tr key={s.indicator} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{s.name}</td>
                    <td className="py-2 pr-3 text-right">{s.areas}</td>
                    <td className="py-2">{s.periods.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
      <StepButtons pending={pending} file={file} preview={!!preview} label="Importeren" />
    </form>
  );
}

export function CbsKerncijfersForm({ action, defaultYear }: { action: Action<CbsImportOutcome>; defaultYear: number }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  useRefreshOnDone(done?.committed);
  const preview = done && !done.committed && done.issues.length === 0 ? done : null;
  const typed = values ?? (done && !done.committed ? { year: String(done.year) } : undefined);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(typed ?? {}) + String(done?.committed ?? "")}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done?.committed && (
        <SuccessMessage>
          Kerncijfers {done.year} geïmporteerd: {done.regions} gebieden, {done.added} waarden nieuw en {done.changed} gewijzigd.
        </SuccessMessage>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="rij" />}
      <FormField
        id="kwb-jaar"
        name="year"
        type="number"
        inputMode="numeric"
        label="Jaar van de tabel"
        defaultValue={shown(typed, "year", String(defaultYear))}
        error={errors.year}
      />
      <TextFileInput
        id="kwb-bestand"
        label="CSV-bestand van het CBS"
        accept={[".csv", ".txt"]}
        wrongType="Kies een CSV-bestand (.csv)."
        error={errors.payload}
        onFile={setFile}
        hint="De hele tabel Kerncijfers wijken en buurten zoals het CBS die levert (bijvoorbeeld 85984NED voor 2024), met alle gemeenten: het portaal neemt alleen de gemeente, wijken en buurten van deze gemeente over."
      />
      {file && <p className="text-sm">Gekozen bestand: {file.name}</p>}
      <TextFileFields file={file} />
      {preview && (
        <section aria-labelledby="kwb-voorbeeld-kop" className="space-y-2">
          <h3 id="kwb-voorbeeld-kop" className="text-lg font-semibold">
            Voorbeeld van {preview.fileName || "het bestand"}
          </h3>
          <p>
            {preview.regions} gebieden van deze gemeente; {preview.otherRegions} rijen van andere gemeenten en het land worden overgeslagen; {preview.missing}{" "}
            cijfers ontbreken (geheim of onbekend bij het CBS) en blijven leeg. Er is nog niets opgeslagen.
          </p>
          <ScrollTable label="Kolommen die worden overgenomen">
            <table className="w-full border-collapse text-left" data-testid="kwb-voorbeeld">
              <TableHead columns={["Indicator", "Kolom in het bestand", { label: "Waarden", right: true }]} />
              <tbody>
                {preview.indicators.map((s) => (
                  <tr key={s.code} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{s.name}</td>
                    <td className="py-2 pr-3">{s.column}</td>
                    <td className="py-2 text-right">{s.values}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {preview.absent.length > 0 && <p>Niet in dit bestand: {preview.absent.join(", ")}.</p>}
        </section>
      )}
      <StepButtons pending={pending} file={file} preview={!!preview} label="Importeren" />
    </form>
  );
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));

export function IndicatorForm({ action }: { action: Action<{ id: string; code: string; created: boolean }> }) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  useRefreshOnDone(done);
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate key={JSON.stringify(values ?? {}) + (done?.id ?? "")}>
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done && (
        <SuccessMessage>
          Indicator {done.code} {done.created ? "toegevoegd" : "bijgewerkt"}.
        </SuccessMessage>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="ind-code"
          name="code"
          label="Code"
          hint="Kort en vast, bijvoorbeeld peiling.veilig-buurt. Dezelfde code nog eens wijzigt de indicator."
          defaultValue={shown(values, "code", "")}
          error={errors.code}
          maxLength={64}
        />
        <FormField id="ind-naam" name="name" label="Naam" defaultValue={shown(values, "name", "")} error={errors.name} maxLength={150} />
        <SelectField
          id="ind-eenheid"
          name="unit"
          label="Eenheid"
          options={options(indicatorUnits, unitLabels)}
          placeholder="Kies een eenheid"
          defaultValue={shown(values, "unit", "")}
          error={errors.unit}
        />
        <SelectField
          id="ind-richting"
          name="polarity"
          label="Wat is beter"
          options={options(indicatorPolarities, polarityLabels)}
          defaultValue={shown(values, "polarity", "NEUTRAAL")}
          error={errors.polarity}
        />
        <SelectField
          id="ind-soort"
          name="kind"
          label="Soort"
          options={options(indicatorKinds, kindLabels)}
          defaultValue={shown(values, "kind", "EFFECT")}
          error={errors.kind}
        />
        <FormField id="ind-bron" name="source" label="Bron" defaultValue={shown(values, "source", "")} error={errors.source} maxLength={200} />
        <FormField
          id="ind-url"
          name="sourceUrl"
          type="url"
          label="Webadres van de bron (optioneel)"
          defaultValue={shown(values, "sourceUrl", "")}
          error={errors.sourceUrl}
        />
        <FormField
          id="ind-licentie"
          name="licence"
          label="Licentie (optioneel)"
          hint="Bijvoorbeeld CC BY 4.0."
          defaultValue={shown(values, "licence", "")}
          error={errors.licence}
          maxLength={100}
        />
        <FormField
          id="ind-cbs"
          name="cbsKey"
          label="CBS-sleutel (optioneel)"
          hint="Voor cijfers uit Kerncijfers wijken en buurten: de kolomnaam zonder nummer, bijvoorbeeld GemiddeldeHuishoudensgrootte."
          defaultValue={shown(values, "cbsKey", "")}
          error={errors.cbsKey}
          maxLength={80}
        />
      </div>
      <TextareaField
        id="ind-vraag"
        name="question"
        label="Vraag in de peiling (optioneel)"
        rows={2}
        defaultValue={shown(values, "question", "")}
        error={errors.question}
        maxLength={500}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? "Bezig…" : "Indicator opslaan"}
      </button>
    </form>
  );
}
