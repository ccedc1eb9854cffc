// Logging the inbreng of a bijeenkomst on the stadsdeel map (with a list
// and keyboard alternative). Read-only for staff who may only read.
import type { Geometry } from "geojson";
import type { Metadata } from "next";
import Link from "next/link";
import { InbrengEditor } from "@/components/map/inbreng-editor";
import { createInbreng } from "@/lib/actions/inbreng/create-inbreng";
import { deleteInbreng } from "@/lib/actions/inbreng/delete-inbreng";
import { moveInbreng } from "@/lib/actions/inbreng/move-inbreng";
import { updateInbreng } from "@/lib/actions/inbreng/update-inbreng";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";
import { getBijeenkomst } from "@/lib/data/bijeenkomsten/get-bijeenkomst";
import { listBijeenkomstInbreng } from "@/lib/data/inbreng/list-bijeenkomst-inbreng";
import { listThemes } from "@/lib/data/catalog/list-themes";

export const metadata: Metadata = { title: "Inbreng vastleggen" };

export default async function InbrengPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const b = await orRefuse(getBijeenkomst(user, (await params).id));
  const [stadsdeel, themes, inbreng] = await Promise.all([getStaffStadsdeelArea(user, b.stadsdeel.slug), listThemes(), listBijeenkomstInbreng(user, b.id)]);
  const editable = canManageStadsdeel(user, b.stadsdeelId) && b.status !== "CANCELLED";
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/medewerker/bijeenkomsten/${b.id}`}>← {b.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">Inbreng: {b.title}</h1>
      <InbrengEditor
        bijeenkomstId={b.id}
        stadsdeelName={stadsdeel.name}
        buurten={stadsdeel.buurten.map((x) => ({ id: x.id, name: x.name, geometry: x.geometry as unknown as Geometry }))}
        themes={themes.filter((t) => t.active || inbreng.some((i) => i.themeId === t.id))}
        tafels={b.tafels.map((t) => ({ id: t.id, name: t.hostName ? `${t.name} (${t.hostName})` : t.name }))}
        initial={inbreng}
        editable={editable}
        tileUrl={config.tileUrl}
        tileAttribution={`${config.tileAttribution} · ${config.areaAttribution}`}
        actions={{ create: createInbreng, update: updateInbreng, move: moveInbreng, remove: deleteInbreng }}
      />
    </div>
  );
}
