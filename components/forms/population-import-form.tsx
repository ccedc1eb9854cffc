"use client";
// Upload CBS reference figures for one year: the file is checked as a whole
// and either imported or refused with every bad row named by its line.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { PopulationImportOutcome } from "@/lib/actions/beheer/import-population-file";
import { FormField } from "./form-field";
import { ErrorSummary, shown, SuccessMessage } from "./form-parts";
import { FileIssues, type TextFile, TextFileFields, TextFileInput } from "./text-file-input";
import { useFormAction, useRefreshOnDone } from "./use-form-action";

export function PopulationImportForm({
  action,
  defaultYear,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<PopulationImportOutcome>>;
  defaultYear: number;
}) {
  const { formAction, pending, failed, errors, values, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  const imported = done && done.issues.length === 0 ? done : null;
  useRefreshOnDone(imported);
  return (
    <div className="space-y-4">
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {imported && (
        <SuccessMessage>
          Cijfers {imported.year} geïmporteerd uit {imported.fileName}: {imported.buurten} buurten ({imported.figures} getallen).
          {imported.missing > 0 ? ` ${imported.missing} buurten van de gebiedsindeling staan niet in het bestand en hebben voor dit jaar geen cijfers.` : ""}
        </SuccessMessage>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="rij" />}
      <form action={formAction} className="max-w-xl space-y-3" noValidate>
        <TextFileInput
          id="cbs-bestand"
          label="CSV-bestand met cijfers per buurt"
          accept={[".csv", ".txt"]}
          onFile={setFile}
          error={errors.payload}
          hint="De CSV-export van CBS-tabel Kerncijfers wijken en buurten (bijvoorbeeld 85984NED voor 2024 of 86165NED voor 2025), of een eenvoudig bestand met de kolommen buurtcode;inwoners;0-14;15-24;25-44;45-64;65+."
          wrongType="Kies een CSV-bestand (.csv)."
        />
        <FormField
          id="cbs-jaar"
          name="year"
          type="number"
          inputMode="numeric"
          label="Jaar van de cijfers"
          defaultValue={shown(values, "year", String(defaultYear))}
          error={errors.year}
        />
        <TextFileFields file={file} />
        <button type="submit" disabled={pending || !file} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
          Cijfers importeren
        </button>
      </form>
    </div>
  );
}
