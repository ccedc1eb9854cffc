// Create a melding directly (not from an inbreng) in this stadsdeel.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { MeldingForm } from "@/components/forms/melding-form";
import { createMelding } from "@/lib/actions/melding/create-melding";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";
import { listRoutingOptions } from "@/lib/data/catalog/list-routing-options";

export const metadata: Metadata = { title: "Nieuwe melding" };

export default async function NewMeldingPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await orRefuse(getStaffStadsdeelArea(user, (await params).slug, "manage"));
  const routing = await listRoutingOptions();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Nieuwe melding in {stadsdeel.name}</h1>
      <MeldingForm
        action={createMelding}
        direct
        hidden={{ stadsdeelId: stadsdeel.id }}
        categories={routing.categories}
        departments={routing.departments}
        buurten={stadsdeel.buurten.map((b) => ({ value: b.id, label: b.name }))}
      />
    </div>
  );
}
