// Import agenda items from departments' spreadsheets (CSV or XLSX).
import type { Metadata } from "next";
import Link from "next/link";
import { AgendaImportForm } from "@/components/forms/agenda-import-form";
import { importAgendaItems } from "@/lib/actions/agenda/import-agenda-items";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Agenda importeren" };

export default async function AgendaImportPage() {
  await requireUser(["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"]);
  return (
    <div className="max-w-5xl space-y-4">
      <p>
        <Link href="/medewerker/agenda">← Stadsdeelagenda</Link>
      </p>
      <h1 className="text-3xl font-bold">Agenda importeren</h1>
      <p>
        Rijen worden herkend aan hun <strong>sleutel</strong>: een tweede import van hetzelfde bestand werkt bestaande punten bij in plaats van ze dubbel aan te
        maken. U ziet eerst per rij wat er gebeurt; pas na de tweede stap wordt er iets opgeslagen.
      </p>
      <AgendaImportForm action={importAgendaItems} />
    </div>
  );
}
