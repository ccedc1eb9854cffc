// Beheer: the connection to the municipal meldingen system (Signalen). Its
// meldingen are pulled every five minutes (read-only here, worked in
// Signalen); a Signalen category becomes a portal category (department and
// term follow) — until then its meldingen wait and are counted here.
import type { Metadata } from "next";
import { BackfillForm, CategoryMapForm, MeldingSourceForm, SyncForm } from "@/components/forms/melding-source-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { MeldingenCsvForm } from "@/components/forms/meldingen-csv-form";
import { importMeldingenCsv } from "@/lib/actions/beheer/import-meldingen-csv";
import { mapSignalenCategory } from "@/lib/actions/beheer/map-signalen-category";
import { saveMeldingSource } from "@/lib/actions/beheer/save-melding-source";
import { startSignalenBackfill } from "@/lib/actions/beheer/start-signalen-backfill";
import { syncMeldingSource } from "@/lib/actions/beheer/sync-melding-source";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getMeldingSource } from "@/lib/data/beheer/get-melding-source";
import { formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Meldingensysteem" };

const statusText: Record<string, string> = {
  nieuw: "Nog niet opgehaald",
  verbonden: "Verbonden",
  "niet verbonden": "Niet verbonden",
  fout: "Laatste ronde mislukt",
};

export default async function MeldingSourcePage() {
  const user = await requireUser();
  const { source, categories, choices, imported, pushes } = await orRefuse(getMeldingSource(user));
  const waiting = categories.filter((c) => !c.categoryId);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Meldingensysteem (Signalen)</h1>
      <p className="max-w-3xl">
        Meldingen uit Signalen komen elke vijf minuten binnen en tellen mee in het dashboard en de lijsten per stadsdeel. Ze worden in Signalen behandeld en
        zijn hier alleen te lezen. Van de melder neemt het portaal niets over: geen naam, e-mailadres of telefoonnummer.
      </p>
      <section aria-labelledby="verbinding-kop" className="space-y-3">
        <h2 id="verbinding-kop" className="text-xl font-semibold">
          Verbinding
        </h2>
        {source && (
          <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="verbinding">
            <dt className="font-semibold">Status</dt>
            <dd>
              {statusText[source.status] ?? source.status}
              {source.lastError ? `: ${source.lastError}` : ""}
            </dd>
            <dt className="font-semibold">Laatst opgehaald</dt>
            <dd>{source.lastSyncAt ? `${formatDate(source.lastSyncAt)} om ${formatTime(source.lastSyncAt)}` : "nog niet"}</dd>
            <dt className="font-semibold">Meldingen uit Signalen</dt>
            <dd>{imported}</dd>
            <dt className="font-semibold">Doorgezet vanuit het portaal</dt>
            <dd>
              {pushes.sent}
              {pushes.waiting ? `, ${pushes.waiting} onderweg` : ""}
              {pushes.failed ? `, ${pushes.failed} mislukt` : ""}
            </dd>
            <dt className="font-semibold">Eerdere meldingen</dt>
            <dd>
              {source.backfillCursor && source.backfillUntil
                ? `worden opgehaald: klaar tot ${formatDate(source.backfillCursor)}, van ${formatDate(source.backfillUntil)}`
                : "niet bezig"}
            </dd>
          </dl>
        )}
        <MeldingSourceForm
          action={saveMeldingSource}
          hasSecret={Boolean(source)}
          source={{
            baseUrl: source?.baseUrl ?? "",
            authKind: source?.authKind ?? "token",
            issuerUrl: source?.issuerUrl ?? "",
            clientId: source?.clientId ?? "",
            sourceName: source?.sourceName ?? "Stadsdeelavond",
            linkTemplate: source?.linkTemplate ?? "",
          }}
        />
        {source && <SyncForm action={syncMeldingSource} />}
        {source && <BackfillForm action={startSignalenBackfill} />}
      </section>
      <section aria-labelledby="categorieen-kop" className="space-y-3">
        <h2 id="categorieen-kop" className="text-xl font-semibold">
          Categorieën koppelen
        </h2>
        {categories.length === 0 ? (
          <p>Nog geen categorieën gezien. Ze verschijnen hier bij het eerste ophalen.</p>
        ) : (
          <>
            <p data-testid="wachtend">
              {waiting.length === 0
                ? "Alle categorieën zijn gekoppeld."
                : waiting.length === 1
                  ? `1 categorie nog niet gekoppeld; haar ${waiting[0].waiting} meldingen wachten en komen binnen zodra u haar koppelt.`
                  : `${waiting.length} categorieën nog niet gekoppeld; hun ${waiting.reduce((s, c) => s + c.waiting, 0)} meldingen wachten en komen binnen zodra u ze koppelt.`}
            </p>
            <ScrollTable label="Signalen-categorieën">
              <table className="w-full border-collapse text-left">
                <TableHead columns={["Categorie in Signalen", { label: "Wachtend", right: true }, "Categorie in het portaal"]} />
                <tbody>
                  {categories.map((c) => (
                    <tr key={c.path} className="border-b border-gray-200 align-bottom">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <code className="break-all text-sm">{c.path}</code>
                      </th>
                      <td className="py-2 pr-3 text-right">{c.waiting}</td>
                      <td className="py-2">
                        <CategoryMapForm action={mapSignalenCategory} path={c.path} categoryId={c.categoryId} choices={choices} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </section>
      <section aria-labelledby="csv-kop" className="space-y-3">
        <h2 id="csv-kop" className="text-xl font-semibold">
          Meldingen uit een ander systeem (CSV)
        </h2>
        <p className="max-w-3xl">
          Werkt de gemeente niet met Signalen, lees de meldingen dan in als CSV. Eerst controleren: elke foute rij wordt genoemd en er wordt niets opgeslagen.
          Opnieuw inlezen werkt dezelfde meldingen bij (op id).
        </p>
        <MeldingenCsvForm action={importMeldingenCsv} />
      </section>
    </div>
  );
}
