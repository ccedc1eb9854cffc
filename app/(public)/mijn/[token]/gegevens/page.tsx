// "Al uw gegevens" as a readable page (AVG right of access): everything the
// portal holds about the resident, grouped, printable; the same rows as the
// CSV download. Opening it is audited like a download.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { getMyData } from "@/lib/data/residents/get-my-data";
import { myDataRows } from "@/lib/privacy/my-data-rows";

export const metadata: Metadata = { title: "Al uw gegevens", robots: { index: false } };

export default async function MyDataReadablePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const me = await getMyData(token, { export: true });
  if (!me || me.anonymisedAt) notFound();
  const rows = myDataRows(me);
  const sections = [...new Set(rows.map((r) => r.section))];
  return (
    <div className="max-w-3xl space-y-6">
      <p className="no-print">
        <Link href={`/mijn/${token}`}>Terug naar mijn aanmeldingen en gegevens</Link>
      </p>
      <h1 className="text-3xl font-bold">Al uw gegevens</h1>
      <p>
        Dit is alles wat we van u bewaren, op{" "}
        {new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" })}.
      </p>
      <p className="no-print">
        Downloaden:{" "}
        <a href={`/mijn/${token}/gegevens.csv`} download>
          als CSV (spreadsheet)
        </a>{" "}
        ·{" "}
        <a href={`/mijn/${token}/gegevens.json`} download>
          als JSON
        </a>
      </p>
      <PrintButton />
      {sections.map((s) => (
        <section key={s} aria-label={s}>
          <h2 className="text-xl font-semibold">{s}</h2>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[12rem_1fr]">
            {rows
              .filter((r) => r.section === s)
              .map((r, i) => [
                <dt key={`t${i}`} className="font-semibold">
                  {r.field}
                </dt>,
                <dd key={`d${i}`} className="mb-2 whitespace-pre-line">
                  {r.value}
                </dd>,
              ])}
          </dl>
        </section>
      ))}
    </div>
  );
}
