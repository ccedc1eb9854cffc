// The filters a list was opened with (e.g. from a dashboard figure) that its
// own form does not show, in words, with a link that clears them.
import Link from "next/link";

export function ActiveFilters({ filters, clearHref }: { filters: (string | null | false | undefined)[]; clearHref: string }) {
  const shown = filters.filter((f): f is string => Boolean(f));
  if (shown.length === 0) return null;
  return (
    <p className="rounded border border-gray-300 bg-gray-50 px-3 py-2" data-testid="actieve-filters">
      Gefilterd op: {shown.join("; ")}. <Link href={clearHref}>Filters wissen</Link>
    </p>
  );
}
