// A printable district map (A3 landscape) with the buurt names, for the
// paper map on the table at the next stadsdeelavond.
import type { Geometry } from "geojson";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaMapLoader } from "@/components/map/area-map-loader";
import { config } from "@/lib/config";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";

export const metadata: Metadata = { title: "Kaart om te printen" };

export default async function PrintableMapPage({ params }: { params: Promise<{ slug: string }> }) {
  const s = await getStadsdeel((await params).slug);
  if (!s) notFound();
  return (
    <div className="space-y-3">
      <style>{`@media print { @page { size: A3 landscape; margin: 10mm; } .area-map { height: 250mm !important; } }`}</style>
      <p className="no-print">
        <Link href={`/stadsdelen/${s.slug}`}>← Stadsdeel {s.name}</Link> · Druk af op A3 liggend (of A1 bij de drukkerij).
      </p>
      <h1 className="text-3xl font-bold">Stadsdeel {s.name}</h1>
      <AreaMapLoader
        label={`Kaart van stadsdeel ${s.name} met de namen van de ${s.buurten.length} buurten`}
        areas={s.buurten.map((b) => ({ id: b.id, slug: b.code.toLowerCase(), name: b.name, geometry: b.geometry as unknown as Geometry }))}
        tileUrl={config.tileUrl}
        tileAttribution={config.tileAttribution}
        areaAttribution={config.areaAttribution}
        height={720}
        permanentLabels
      />
      <p className="text-sm">Buurten: {s.buurten.map((b) => b.name).join(", ")}.</p>
    </div>
  );
}
