// Public stadsdeelanalyse: the figures of the stadsdeel's buurten for one
// indicator against the city — map, table, trend and a CSV — from CBS,
// peilingen and the portal's own counts. Aggregates only; values on too
// few observations are hidden (see the data function).
import type { Metadata } from "next";
import { AnalyseView } from "@/components/analyse/analyse-view";
import { DocumentsList } from "@/components/analyse/documents-list";
import { listDocuments } from "@/lib/data/indicators/documents";
import { orRefuse } from "@/lib/auth/refuse";
import { getStadsdeelAnalyse } from "@/lib/data/indicators/get-analyse";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ indicator?: string }> };

export const metadata: Metadata = { title: "Cijfers per buurt" };

export default async function CijfersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { indicator } = await searchParams;
  const analyse = await orRefuse(getStadsdeelAnalyse(null, slug, indicator));
  const documents = await listDocuments(null, analyse.stadsdeel.id);
  const query = analyse.indicator ? `?indicator=${encodeURIComponent(analyse.indicator.code)}` : "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Cijfers per buurt in {analyse.stadsdeel.name}</h1>
      <p className="max-w-3xl">
        Hoe de buurten van {analyse.stadsdeel.name} ervoor staan, vergeleken met de hele stad: cijfers van het CBS, uit peilingen onder bewoners en wat er via
        dit portaal binnenkwam.
      </p>
      <AnalyseView analyse={analyse} action={`/stadsdelen/${slug}/cijfers`} exportHref={`/stadsdelen/${slug}/cijfers.csv${query}`} />
      {documents.length > 0 && (
        <section aria-labelledby="documenten-kop" className="space-y-3">
          <h2 id="documenten-kop" className="text-xl font-semibold">
            Verkenningen en studies
          </h2>
          <DocumentsList documents={documents} staff={false} />
        </section>
      )}
    </div>
  );
}
