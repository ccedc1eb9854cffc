// Focusgebieden (e.g. the Veerkrachtige Wijken) in the stadsdelen the user
// may read, and for regisseurs and the beheerder a new one.
import type { Metadata } from "next";
import Link from "next/link";
import { CreateFocusgebiedForm } from "@/components/forms/focusgebied-forms";
import { createFocusgebied } from "@/lib/actions/programma/create-focusgebied";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listFocusgebieden } from "@/lib/data/programma/list-focusgebieden";

export const metadata: Metadata = { title: "Focusgebieden" };

export default async function FocusgebiedenPage() {
  const user = await requireUser();
  const { focusgebieden, stadsdelen } = await orRefuse(listFocusgebieden(user));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Focusgebieden</h1>
      {focusgebieden.length === 0 ? (
        <p>Er zijn nog geen focusgebieden.</p>
      ) : (
        <ul className="space-y-2">
          {focusgebieden.map((f) => (
            <li key={f.id}>
              <Link href={`/medewerker/focusgebieden/${f.slug}`} className="font-semibold">
                {f.name}
              </Link>{" "}
              — stadsdeel {f.stadsdeel.name}; {f.buurten.map((b) => b.buurt.name).join(", ")}; {f._count.bijdragen} bijdragen van partners
            </li>
          ))}
        </ul>
      )}
      {stadsdelen.length > 0 && (
        <section aria-labelledby="nieuw-kop" className="space-y-3">
          <h2 id="nieuw-kop" className="text-xl font-semibold">
            Nieuw focusgebied
          </h2>
          <CreateFocusgebiedForm action={createFocusgebied} stadsdelen={stadsdelen} />
        </section>
      )}
    </div>
  );
}
