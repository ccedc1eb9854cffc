"use client";
// The gebiedsindeling upload in two steps: choose a GeoJSON file and see
// what would change (new, changed, removed buurten and stadsdelen, and what
// blocks a removal); then apply exactly that. Nothing is saved before the
// second step.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { AreaImportOutcome } from "@/lib/actions/beheer/import-area-file";
import { type AreaPlan, planIsEmpty } from "@/lib/import/area-plan-shape";
import { TableHead } from "@/components/table-head";
import { ErrorSummary, SuccessMessage } from "./form-parts";
import { FileIssues, type TextFile, TextFileFields, TextFileInput } from "./text-file-input";
import { useFormAction, useRefreshOnDone } from "./use-form-action";
import { ScrollTable } from "@/components/scroll-table";

const kindLabels = { new: "Nieuw", changed: "Gewijzigd", removed: "Verdwijnt", kept: "Blijft" } as const;

function PlanView({ plan, fileName }: { plan: AreaPlan; fileName: string }) {
  const { counts } = plan;
  return (
    <section aria-labelledby="voorbeeld-kop" className="space-y-4">
      <h2 id="voorbeeld-kop" className="text-xl font-semibold">
        Voorbeeld van {fileName}
      </h2>
      <p>
        {plan.stadsdelen.filter((s) => s.kind !== "removed").length} stadsdelen, {counts.total} buurten: {counts.new} nieuw, {counts.changed} gewijzigd,{" "}
        {counts.unchanged} ongewijzigd, {counts.removed} verdwijnen. Wijken: {plan.wijken.total} ({plan.wijken.new} nieuw, {plan.wijken.renamed} andere naam,{" "}
        {plan.wijken.removed} verdwijnen).
      </p>
      {plan.blocked.length > 0 && (
        <div className="rounded border border-accent bg-red-50 p-3">
          <h3 className="font-semibold text-accent">Dit bestand kan zo niet worden toegepast</h3>
          <ul className="list-disc pl-6">
            {plan.blocked.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <p>Zet de buurt of het stadsdeel weer in het bestand, of verplaats eerst wat ernaar verwijst.</p>
        </div>
      )}
      <ScrollTable label="Stadsdelen in het bestand">
        <table className="w-full border-collapse text-left" data-testid="stadsdelen-voorbeeld">
          <caption className="text-left font-semibold">Stadsdelen</caption>
          <TableHead columns={["Stadsdeel", "Wat gebeurt er", { label: "Buurten", right: true }]} />
          <tbody>
            {plan.stadsdelen.map((s) => (
              <tr key={s.name} className="border-b border-gray-200">
                <td className="py-2 pr-3">{s.name}</td>
                <td className="py-2 pr-3">{kindLabels[s.kind]}</td>
                <td className="py-2 pr-3 text-right">{s.buurten}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {plan.buurten.length > 0 && (
        <ScrollTable label="Buurten die veranderen">
          <table className="w-full border-collapse text-left" data-testid="buurten-voorbeeld">
            <caption className="text-left font-semibold">Buurten die veranderen ({plan.buurten.length})</caption>
            <TableHead columns={["Buurt", "Code", "Stadsdeel", "Wat gebeurt er", "Toelichting"]} />
            <tbody>
              {plan.buurten.map((b) => (
                <tr key={b.code} className="border-b border-gray-200">
                  <td className="py-2 pr-3">{b.name}</td>
                  <td className="py-2 pr-3">{b.code}</td>
                  <td className="py-2 pr-3">{b.stadsdeel}</td>
                  <td className="py-2 pr-3">{kindLabels[b.kind]}</td>
                  <td className="py-2">
                    {b.kind === "changed" ? b.changes.join("; ") : b.kind === "removed" ? (b.inUse ? `In gebruik: ${b.inUse}` : "Niet in gebruik") : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

export function AreaImportForm({ action }: { action: (prev: unknown, form: FormData) => Promise<ActionResult<AreaImportOutcome>> }) {
  const { formAction, pending, failed, errors, done } = useFormAction(action);
  const [file, setFile] = useState<TextFile | null>(null);
  useRefreshOnDone(done?.committed);
  const plan = done && !done.committed ? done.plan : null;
  const canApply = plan && plan.blocked.length === 0 && !planIsEmpty(plan);
  return (
    <div className="space-y-4">
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      {done?.committed && done.plan && (
        <SuccessMessage>
          Gebiedsindeling toegepast uit {done.fileName}: {done.plan.counts.new} buurten nieuw, {done.plan.counts.changed} gewijzigd, {done.plan.counts.removed}{" "}
          verwijderd.
        </SuccessMessage>
      )}
      {done?.stale && (
        <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">
          De gebiedsindeling is gewijzigd sinds het voorbeeld. Er is niets opgeslagen; hieronder staat het nieuwe voorbeeld.
        </p>
      )}
      {done && <FileIssues fileName={done.fileName} issues={done.issues} noun="feature" />}
      <form action={formAction} className="space-y-3" noValidate>
        <TextFileInput
          id="gebieden-bestand"
          label="GeoJSON-bestand met de buurten"
          accept={[".geojson", ".json"]}
          onFile={setFile}
          error={errors.payload}
          hint="Een FeatureCollection met per buurt de eigenschappen buurtcode, buurtnaam, wijkcode, wijknaam en stadsdeel. Het bestand is de hele indeling: buurten die er niet in staan, verdwijnen."
          wrongType="Kies een GeoJSON-bestand (.geojson of .json)."
        />
        <TextFileFields file={file} />
        <input type="hidden" name="digest" value={plan?.digest ?? ""} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={pending || !file} className="rounded border border-brand px-4 py-2 font-semibold text-brand disabled:opacity-60">
            Voorbeeld tonen
          </button>
          {canApply && (
            <button
              type="submit"
              name="commit"
              value="1"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
            >
              Indeling toepassen
            </button>
          )}
        </div>
      </form>
      {plan && <PlanView plan={plan} fileName={done!.fileName} />}
    </div>
  );
}
