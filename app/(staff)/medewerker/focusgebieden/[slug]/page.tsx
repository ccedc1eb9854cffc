// One focusgebied for staff: its buurten, the dates of its phases and what
// partner organisations committed — editable by the stadsdeel's regisseur
// and the beheerder — with the way to its public page.
import type { Metadata } from "next";
import Link from "next/link";
import { BijdrageForm, FasenForm } from "@/components/forms/focusgebied-forms";
import { addBijdrage } from "@/lib/actions/programma/add-bijdrage";
import { setFocusgebiedFasen } from "@/lib/actions/programma/set-focusgebied-fasen";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getStaffFocusgebied } from "@/lib/data/programma/list-focusgebieden";
import { focusgebiedFaseLabels, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Focusgebied" };

export default async function StaffFocusgebiedPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const f = await orRefuse(getStaffFocusgebied(user, (await params).slug));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Focusgebied {f.name}</h1>
        <p>
          Stadsdeel {f.stadsdeel.name}; buurten: {f.buurten.map((b) => b.buurt.name).join(", ")}. {f.description}
        </p>
        <p>
          <Link href={`/focusgebieden/${f.slug}`}>Openbare pagina</Link>
        </p>
      </header>
      <section aria-labelledby="fasen-kop" className="space-y-3">
        <h2 id="fasen-kop" className="text-2xl font-semibold">
          Fasen
        </h2>
        {f.canEdit ? (
          <FasenForm action={setFocusgebiedFasen} focusgebiedId={f.id} fasen={f.fasen} />
        ) : (
          <ul className="list-disc pl-5">
            {f.fasen.map((x) => (
              <li key={x.fase}>
                {focusgebiedFaseLabels[x.fase]}: {formatDate(x.startsOn)}
                {x.endsOn ? ` – ${formatDate(x.endsOn)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bijdragen-kop" className="space-y-3">
        <h2 id="bijdragen-kop" className="text-2xl font-semibold">
          Bijdragen van partners
        </h2>
        {f.bijdragen.length === 0 ? (
          <p>Nog geen toezeggingen.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {f.bijdragen.map((b) => (
              <li key={b.id}>
                <span className="font-semibold">{b.organisation.name}</span> ({formatDate(b.committedOn)}): {b.what}
              </li>
            ))}
          </ul>
        )}
        {f.canEdit && <BijdrageForm action={addBijdrage} focusgebiedId={f.id} organisations={f.organisations} />}
      </section>
    </div>
  );
}
