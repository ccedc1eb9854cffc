// The verslag of a bijeenkomst, readable without logging in: every version,
// the map of all inbreng as it was frozen in that version (and the same
// points as a list), a print layout for A4, and — through the personal link
// in the mail — a reaction form.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReactieForm } from "@/components/forms/reactie-form";
import { PublicInbrengMapLoader } from "@/components/map/public-inbreng-map-loader";
import { submitReactie } from "@/lib/actions/verslag/submit-reactie";
import { config } from "@/lib/config";
import { getPublicVerslag } from "@/lib/data/verslag/get-public-verslag";
import { formatDate, followUpLabels, inbrengKindLabels } from "@/lib/format";
import { isVerslagLinkFor } from "@/lib/data/verslag/verslag-link";
import { renderMarkdown } from "@/lib/verslag/markdown";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Verslag" };

type Item = { id: string; kind: string; theme: string; text: string; buurt: string | null; followUp: string; answer: string | null };
type Snapshot = { features: { geometry: { coordinates: [number, number] }; properties: Item }[]; unplaced?: Item[] };
const kinds = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"];

export default async function VerslagPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ versie?: string; t?: string }>;
}) {
  const { id } = await params;
  const { versie, t } = await searchParams;
  const b = await getPublicVerslag(id);
  if (!b) notFound();
  const versions = b.verslag?.versions ?? [];
  if (versions.length === 0) {
    return (
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">Verslag: {b.title}</h1>
        <p>Het verslag is nog niet verschenen.</p>
      </div>
    );
  }
  const version = versions.find((v) => String(v.number) === versie) ?? versions[versions.length - 1];
  const snapshot = version.mapSnapshot as unknown as Snapshot;
  const items = [...snapshot.features.map((f) => f.properties), ...(snapshot.unplaced ?? [])];
  const token = (await isVerslagLinkFor(t, b.id)) ? t! : null;
  const q = (n: number) => `?versie=${n}${token ? `&t=${encodeURIComponent(token)}` : ""}`;
  return (
    <article className="max-w-4xl space-y-6">
      <p className="no-print">
        <Link href={`/stadsdelen/${b.stadsdeel.slug}`}>← Stadsdeel {b.stadsdeel.name}</Link>
      </p>
      <header>
        <p className="text-sm text-muted">
          Verslag · {b.stadsdeel.name} · {formatDate(b.startsAt)}
        </p>
        <h1 className="text-3xl font-bold">{b.title}</h1>
        <p>
          Versie {version.number}
          {version.sentAt ? `, verstuurd op ${formatDate(version.sentAt)}` : ""}
          {version.changeNote ? `. Wat veranderde: ${version.changeNote}` : ""}
        </p>
      </header>
      {versions.length > 1 && (
        <nav aria-label="Versies" className="no-print">
          <ul className="flex flex-wrap gap-4">
            {versions.map((v) => (
              <li key={v.id}>
                {v.id === version.id ? (
                  <span aria-current="page" className="font-semibold">
                    Versie {v.number}
                  </span>
                ) : (
                  <Link href={q(v.number)}>Versie {v.number}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="verslag-tekst space-y-3" dangerouslySetInnerHTML={{ __html: renderMarkdown(version.body) }} />
      <section aria-labelledby="kaart-kop" className="space-y-3">
        <h2 id="kaart-kop" className="text-xl font-semibold">
          Kaart van alle ingebrachte punten
        </h2>
        <PublicInbrengMapLoader
          buurten={b.stadsdeel.buurten.map((x) => ({ id: x.id, name: x.name, geometry: x.geometry as never }))}
          points={snapshot.features.map(
            (f) => [f.geometry.coordinates[1], f.geometry.coordinates[0], kinds.indexOf(f.properties.kind), 0] as [number, number, number, number],
          )}
          tileUrl={config.tileUrl}
          tileAttribution={`${config.tileAttribution} · ${config.areaAttribution}`}
        />
        <ScrollTable label="Punten uit de bijeenkomst">
          <table className="w-full border-collapse text-left" data-testid="verslag-punten">
            <caption className="text-left font-semibold">Dezelfde punten als lijst</caption>
            <TableHead columns={["Soort", "Thema", "Punt", "Buurt", "Wat is ermee gedaan"]} />
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-gray-200 align-top">
                  <td className="py-1 pr-3">{inbrengKindLabels[i.kind]}</td>
                  <td className="py-1 pr-3">{i.theme}</td>
                  <td className="py-1 pr-3">{i.text}</td>
                  <td className="py-1 pr-3">{i.buurt ?? "—"}</td>
                  <td className="py-1">
                    {followUpLabels[i.followUp] ?? ""}
                    {i.answer ? `: ${i.answer}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      {token && (
        <section aria-labelledby="reactie-kop" className="no-print space-y-2">
          <h2 id="reactie-kop" className="text-xl font-semibold">
            Reageren
          </h2>
          <p>Klopt er iets niet of mist u iets? Laat het weten; de stadsdeelregisseur leest alle reacties.</p>
          <ReactieForm action={submitReactie} token={token} versionId={version.id} version={version.number} />
        </section>
      )}
    </article>
  );
}
