// Staff stadsdeelanalyse: the same figures as the public page (one data
// function), read within the stadsdelen this user may read, with the way
// to import a peiling for those who may.
import type { Metadata } from "next";
import Link from "next/link";
import { AnalyseView } from "@/components/analyse/analyse-view";
import { DocumentsList } from "@/components/analyse/documents-list";
import { DocumentForm } from "@/components/forms/document-form";
import { uploadDocument } from "@/lib/actions/indicator/upload-document";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { listDocuments } from "@/lib/data/indicators/documents";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getStadsdeelAnalyse } from "@/lib/data/indicators/get-analyse";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ indicator?: string }> };

export const metadata: Metadata = { title: "Stadsdeelanalyse" };

export default async function AnalysePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { slug } = await params;
  const analyse = await orRefuse(getStadsdeelAnalyse(user, slug, (await searchParams).indicator));
  const documents = await listDocuments(user, analyse.stadsdeel.id);
  const query = analyse.indicator ? `?indicator=${encodeURIComponent(analyse.indicator.code)}` : "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Stadsdeelanalyse {analyse.stadsdeel.name}</h1>
      <p className="max-w-3xl">
        De buurten van {analyse.stadsdeel.name} naast de stad. Bewoners zien dezelfde cijfers op{" "}
        <Link href={`/stadsdelen/${slug}/cijfers${query}`}>de openbare pagina</Link>.
        {user.role !== "WETHOUDER" && (
          <>
            {" "}
            Een buurtpeiling of andere cijfers toevoegen: <Link href="/medewerker/cijfers">Cijfers en indicatoren</Link>.
          </>
        )}
      </p>
      <AnalyseView analyse={analyse} action={`/medewerker/stadsdelen/${slug}/analyse`} exportHref={`/stadsdelen/${slug}/cijfers.csv${query}`} />
      <section aria-labelledby="documenten-kop" className="space-y-3">
        <h2 id="documenten-kop" className="text-xl font-semibold">
          Verkenningen en studies
        </h2>
        <DocumentsList documents={documents} staff />
        {canManageStadsdeel(user, analyse.stadsdeel.id) && (
          <details>
            <summary className="cursor-pointer font-semibold text-brand">Document toevoegen</summary>
            <DocumentForm action={uploadDocument} stadsdeelId={analyse.stadsdeel.id} />
          </details>
        )}
      </section>
    </div>
  );
}
