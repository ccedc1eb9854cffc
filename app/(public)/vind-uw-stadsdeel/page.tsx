// Public: find one's stadsdeel by postcode or address (PDOK Locatieserver,
// asked by the server) or by choosing one's buurt — the buurt list always
// works, also when the address search is off or unreachable. One result
// leads straight on; several are listed with their stadsdeel.
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AddressSearchForm } from "@/components/address-search-form";
import { listBuurten } from "@/lib/data/areas/list-buurten";
import { getBuurtStadsdeel } from "@/lib/data/areas/get-buurt-stadsdeel";
import { findStadsdeelForAddress, type AddressSearch } from "@/lib/data/areas/find-stadsdeel-for-address";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import { clientIp } from "@/lib/http/client-ip";
import { addressSearchSchema } from "@/lib/validation/address-search";

export const metadata: Metadata = { title: "Vind uw stadsdeel" };

type Props = { searchParams: Promise<{ adres?: string; buurt?: string }> };

function Outcome({ search, gemeente }: { search: AddressSearch; gemeente: string }) {
  switch (search.status) {
    case "too-many":
      return <p role="status">U heeft in korte tijd erg vaak gezocht. Probeer het over een uur opnieuw, of kies hieronder uw buurt.</p>;
    case "unavailable":
      return <p role="status">Zoeken op adres lukt nu niet. Kies hieronder uw buurt; dat werkt altijd.</p>;
    case "none":
      return <p role="status">Geen adres of postcode gevonden. Controleer wat u typte, of kies hieronder uw buurt.</p>;
    case "found":
      return (
        <div role="status">
          <p>{search.results.length === 1 ? "Gevonden:" : `${search.results.length} plekken gevonden:`}</p>
          <ul className="mt-2 space-y-2" data-testid="adres-resultaten">
            {search.results.map((r, i) => (
              <li key={i} className="rounded border border-gray-300 p-3">
                <span className="font-semibold">{r.name}</span>
                {r.stadsdeel ? (
                  <>
                    {" "}
                    ligt in buurt {r.buurt}, <Link href={`/stadsdelen/${r.stadsdeel.slug}`}>stadsdeel {r.stadsdeel.name}</Link>.
                  </>
                ) : (
                  ` ligt niet in ${gemeente}.`
                )}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

export default async function FindStadsdeelPage({ searchParams }: Props) {
  const sp = await searchParams;
  if (sp.buurt) {
    const stadsdeel = await getBuurtStadsdeel(sp.buurt);
    if (stadsdeel) redirect(`/stadsdelen/${stadsdeel.slug}`);
  }
  const parsed = sp.adres === undefined ? null : addressSearchSchema.safeParse({ adres: sp.adres });
  const [buurten, gemeente, search] = await Promise.all([
    listBuurten(),
    getGemeente(),
    parsed?.success ? findStadsdeelForAddress(parsed.data.adres, clientIp(await headers())) : null,
  ]);
  if (search?.status === "found" && search.results.length === 1 && search.results[0].stadsdeel) {
    const only = search.results[0];
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Uw stadsdeel: {only.stadsdeel!.name}</h1>
        <p role="status">
          {only.name} ligt in buurt {only.buurt}, stadsdeel {only.stadsdeel!.name}.
        </p>
        <p>
          <Link href={`/stadsdelen/${only.stadsdeel!.slug}`} className="font-semibold">
            Naar stadsdeel {only.stadsdeel!.name}
          </Link>
        </p>
        <AddressSearchForm value={sp.adres} buurten={buurten} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Vind uw stadsdeel</h1>
      {sp.buurt && <p role="status">Die buurt kennen we niet. Kies uw buurt uit de lijst.</p>}
      {search && <Outcome search={search} gemeente={gemeente.name} />}
      <AddressSearchForm value={sp.adres} error={parsed && !parsed.success ? parsed.error.issues[0].message : undefined} buurten={buurten} />
    </div>
  );
}
