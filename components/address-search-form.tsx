// "In welk stadsdeel woont u?": a postcode or address (looked up on the
// server, so it works without script) and, always beside it, the buurt list
// for when the address search is off or unreachable.
type Props = {
  value?: string;
  error?: string;
  buurten?: { id: string; name: string; stadsdeel: { name: string } }[];
};

export function AddressSearchForm({ value, error, buurten }: Props) {
  const byStadsdeel = new Map<string, NonNullable<Props["buurten"]>>();
  for (const b of [...(buurten ?? [])].sort((x, y) => x.stadsdeel.name.localeCompare(y.stadsdeel.name, "nl")))
    byStadsdeel.set(b.stadsdeel.name, [...(byStadsdeel.get(b.stadsdeel.name) ?? []), b]);
  return (
    <div className="space-y-4">
      <form method="get" action="/vind-uw-stadsdeel" role="search" aria-label="Stadsdeel zoeken op adres" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="adres" className="block font-semibold">
            Postcode of adres
          </label>
          <span id="adres-hint" className="block text-sm text-muted">
            Bijvoorbeeld 6211 AB of Markt 78 Maastricht
          </span>
          <input
            id="adres"
            name="adres"
            defaultValue={value}
            autoComplete="postal-code"
            aria-describedby={error ? "adres-hint adres-fout" : "adres-hint"}
            aria-invalid={error ? true : undefined}
            className="mt-1 w-full max-w-md rounded border border-gray-500 px-3 py-2"
          />
          {error && (
            <p id="adres-fout" className="mt-1 text-accent">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Zoeken
        </button>
      </form>
      {buurten && buurten.length > 0 && (
        <form method="get" action="/vind-uw-stadsdeel" className="flex flex-wrap items-end gap-2" aria-label="Stadsdeel kiezen via uw buurt">
          <div className="min-w-0">
            <label htmlFor="buurt" className="block font-semibold">
              Of kies uw buurt
            </label>
            <select id="buurt" name="buurt" className="mt-1 w-full max-w-md rounded border border-gray-500 bg-white px-3 py-2" defaultValue="">
              <option value="" disabled>
                Kies een buurt
              </option>
              {[...byStadsdeel].map(([stadsdeel, list]) => (
                <optgroup key={stadsdeel} label={`Stadsdeel ${stadsdeel}`}>
                  {list.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand">
            Naar mijn stadsdeel
          </button>
        </form>
      )}
    </div>
  );
}
