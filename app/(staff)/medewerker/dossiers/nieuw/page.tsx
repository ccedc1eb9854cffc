// A new dossier — from the dossiers list, or "Dossier openen" on an inbreng,
// a melding or an agenda item (?inbreng= / ?melding= / ?agendapunt=): the
// link is carried, the stadsdeel and a title taken from it. Regisseurs of
// that stadsdeel and beheerders only; the action checks again.
import type { Metadata } from "next";
import Link from "next/link";
import { DossierForm } from "@/components/forms/dossier-forms";
import { createDossier } from "@/lib/actions/dossier/create-dossier";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getDossierSource } from "@/lib/data/dossiers/get-dossier-source";
import { listDossierChoices } from "@/lib/data/dossiers/list-dossier-choices";

export const metadata: Metadata = { title: "Nieuw dossier" };

type Props = { searchParams: Promise<{ inbreng?: string; melding?: string; agendapunt?: string }> };

export default async function NewDossierPage({ searchParams }: Props) {
  const user = await requireUser(["STADSDEELREGISSEUR", "BEHEERDER"]);
  const sp = await searchParams;
  const [choices, source] = await Promise.all([orRefuse(listDossierChoices(user)), orRefuse(getDossierSource(user, sp))]);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/medewerker/dossiers">← Dossiers</Link>
      </p>
      <h1 className="text-3xl font-bold">Nieuw dossier</h1>
      {source && (
        <p data-testid="dossier-bron">
          Vanuit {source.label}: “{source.title}”. Die wordt aan het dossier gekoppeld.
        </p>
      )}
      <DossierForm
        action={createDossier}
        choices={choices}
        defaults={{ stadsdeelId: source?.stadsdeelId ?? choices.stadsdelen[0]?.value ?? "", title: source?.title.slice(0, 200) ?? "", ownerId: user.id }}
        links={{
          inbrengId: source?.kind === "inbreng" ? source.id : undefined,
          meldingId: source?.kind === "melding" ? source.id : undefined,
          agendaItemId: source?.kind === "agenda" ? source.id : undefined,
        }}
      />
    </div>
  );
}
