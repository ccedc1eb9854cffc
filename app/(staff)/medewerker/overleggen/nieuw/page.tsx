// A new overleg: a regisseur for their stadsdelen, the beheerder also
// city-wide. The action checks again; the sessies of the coming year are
// made with it.
import type { Metadata } from "next";
import Link from "next/link";
import { OverlegForm } from "@/components/forms/overleg-forms";
import { createOverleg } from "@/lib/actions/overleg/create-overleg";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { todayKey } from "@/lib/datetime";
import { listOverlegChoices } from "@/lib/data/overleggen/list-overleg-choices";

export const metadata: Metadata = { title: "Nieuw overleg" };

export default async function NewOverlegPage() {
  const user = await requireUser(["STADSDEELREGISSEUR", "BEHEERDER"]);
  const choices = await orRefuse(listOverlegChoices(user));
  return (
    <div className="space-y-4">
      <p>
        <Link href="/medewerker/overleggen">← Overleggen</Link>
      </p>
      <h1 className="text-3xl font-bold">Nieuw overleg</h1>
      <p className="max-w-3xl">De sessies van het komende jaar worden meteen gepland volgens het ritme; daarna vult u per sessie de agenda.</p>
      <OverlegForm
        action={createOverleg}
        choices={choices}
        defaults={{ stadsdeelId: choices.stadsdelen[0]?.value ?? "", chairId: user.id, firstOn: todayKey() }}
      />
    </div>
  );
}
