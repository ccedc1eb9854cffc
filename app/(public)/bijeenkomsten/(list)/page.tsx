// Upcoming bijeenkomsten, city-wide or for one stadsdeel.
import type { Metadata } from "next";
import { BijeenkomstList } from "@/components/bijeenkomst-list";
import { listStadsdelen } from "@/lib/data/areas/list-stadsdelen";
import { listUpcomingBijeenkomsten } from "@/lib/data/bijeenkomsten/list-upcoming-bijeenkomsten";

export const metadata: Metadata = { title: "Bijeenkomsten" };

export default async function BijeenkomstenPage({ searchParams }: { searchParams: Promise<{ stadsdeel?: string }> }) {
  const { stadsdeel: slug } = await searchParams;
  const stadsdelen = await listStadsdelen();
  const chosen = stadsdelen.find((s) => s.slug === slug);
  const items = await listUpcomingBijeenkomsten({ stadsdeelId: chosen?.id, limit: 100 });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Bijeenkomsten{chosen ? ` in ${chosen.name}` : ""}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="stadsdeel" className="block font-semibold">
            Stadsdeel
          </label>
          <select id="stadsdeel" name="stadsdeel" defaultValue={slug ?? ""} className="mt-1 rounded border border-gray-500 bg-white px-3 py-2">
            <option value="">Alle stadsdelen</option>
            {stadsdelen.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Tonen
        </button>
      </form>
      <BijeenkomstList items={items} showStadsdeel={!chosen} emptyText="Er zijn op dit moment geen bijeenkomsten gepland." />
    </div>
  );
}
