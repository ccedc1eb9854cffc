// Add an agenda item: a regisseur for one of their stadsdelen, an
// afdelingsmedewerker for their own department.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AgendaItemForm } from "@/components/forms/agenda-item-form";
import { createAgendaItem } from "@/lib/actions/agenda/create-agenda-item";
import { requireUser } from "@/lib/auth/current-user";
import { listAgendaStadsdelen } from "@/lib/data/areas/list-agenda-stadsdelen";
import { agendaFormOptions } from "@/lib/data/agenda/get-agenda-item";

export const metadata: Metadata = { title: "Agendapunt toevoegen" };

export default async function NewAgendaItemPage({ searchParams }: { searchParams: Promise<{ stadsdeel?: string }> }) {
  const user = await requireUser(["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"]);
  const { stadsdeel: slug } = await searchParams;
  const choices = await listAgendaStadsdelen(user);
  if (choices.length === 0) forbidden();
  const stadsdeel = choices.find((s) => s.slug === slug) ?? (choices.length === 1 ? choices[0] : null);
  if (!stadsdeel) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Agendapunt toevoegen</h1>
        <p>Voor welk stadsdeel?</p>
        <ul className="list-disc pl-6">
          {choices.map((s) => (
            <li key={s.id}>
              <Link href={`/medewerker/agenda/nieuw?stadsdeel=${s.slug}`}>{s.name}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const options = await agendaFormOptions(user, stadsdeel.id);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-3xl font-bold">Agendapunt toevoegen voor {stadsdeel.name}</h1>
      <AgendaItemForm
        action={createAgendaItem}
        hidden={{ stadsdeelId: stadsdeel.id }}
        submitLabel="Agendapunt opslaan"
        {...options}
        initial={{
          kind: "UITVOERING",
          title: "",
          description: "",
          themeId: "",
          departmentId: user.departmentId ?? "",
          periodStart: "",
          periodEnd: "",
          status: "GEPLAND",
          progress: "0",
          isPublic: true,
          buurtIds: [],
          wijkIds: [],
        }}
      />
    </div>
  );
}
