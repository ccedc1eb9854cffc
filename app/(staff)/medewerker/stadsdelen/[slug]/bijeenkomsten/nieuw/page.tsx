// Plan a new bijeenkomst in this stadsdeel.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { BijeenkomstForm } from "@/components/forms/bijeenkomst-form";
import { createBijeenkomst } from "@/lib/actions/bijeenkomst/create-bijeenkomst";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";

export const metadata: Metadata = { title: "Nieuwe bijeenkomst" };

export default async function NewBijeenkomstPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await orRefuse(getStaffStadsdeelArea(user, (await params).slug, "manage"));
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Nieuwe bijeenkomst in {stadsdeel.name}</h1>
      <BijeenkomstForm
        action={createBijeenkomst}
        hidden={{ stadsdeelId: stadsdeel.id }}
        submitLabel="Bijeenkomst opslaan"
        initial={{
          kind: "STADSDEELAVOND",
          title: `Stadsdeelavond ${stadsdeel.name}`,
          description: "",
          startsAt: "",
          endsAt: "",
          locationName: "",
          address: "",
          capacity: "40",
          facilities: ["WHEELCHAIR_ACCESS"],
          registrationOpensAt: "",
          registrationClosesAt: "",
          tafels: [
            { id: "", name: "Tafel 1", hostName: "" },
            { id: "", name: "Tafel 2", hostName: "" },
          ],
        }}
      />
    </div>
  );
}
