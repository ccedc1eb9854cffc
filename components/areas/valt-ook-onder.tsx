// "Valt ook onder" on a stadsdeel's staff page: the units of afwijkende
// gebiedsindelingen (valid today) that hold its buurten, with their owner
// and which buurten — who to invite to the stadsdeeltafel.
import type { listOverlappingEenheden } from "@/lib/data/areas/list-overlapping-eenheden";

export function ValtOokOnder({ units, stadsdeel }: { units: Awaited<ReturnType<typeof listOverlappingEenheden>>; stadsdeel: string }) {
  return (
    <section aria-labelledby="valt-ook-onder-kop">
      <h2 id="valt-ook-onder-kop" className="text-xl font-semibold">
        Valt ook onder
      </h2>
      {units.length === 0 ? (
        <p className="mt-2">Geen afwijkende gebiedsindelingen voor {stadsdeel}.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="valt-ook-onder">
          {units.map((u) => (
            <li key={u.id}>
              <strong>{u.unit}</strong> ({u.indeling}, van {u.owner}): {u.buurten.length === 1 ? "buurt" : `${u.buurten.length} buurten`} {u.buurten.join(", ")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
