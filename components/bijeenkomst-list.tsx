// A list of upcoming bijeenkomsten: what, when, where and seats left.
import Link from "next/link";
import type { UpcomingBijeenkomst } from "@/lib/data/bijeenkomsten/list-upcoming-bijeenkomsten";
import { bijeenkomstKindLabels, formatDate, formatTime } from "@/lib/format";

export function BijeenkomstList({ items, showStadsdeel = false, emptyText }: { items: UpcomingBijeenkomst[]; showStadsdeel?: boolean; emptyText: string }) {
  if (items.length === 0) return <p className="mt-2">{emptyText}</p>;
  return (
    <ul className="mt-2 grid gap-3 md:grid-cols-2">
      {items.map((b) => {
        const left = Math.max(0, b.capacity - b.seatsTaken);
        return (
          <li key={b.id} className="rounded border border-gray-300 p-3">
            <p className="text-sm text-muted">
              {bijeenkomstKindLabels[b.kind] ?? b.kind}
              {showStadsdeel ? ` · ${b.stadsdeel.name}` : ""}
            </p>
            <h3 className="font-semibold">
              <Link prefetch={false} href={`/bijeenkomsten/${b.id}`}>
                {b.title}
              </Link>
            </h3>
            <p>
              <time dateTime={b.startsAt.toISOString()}>
                {formatDate(b.startsAt)}, {formatTime(b.startsAt)}
              </time>{" "}
              – {formatTime(b.endsAt)}
            </p>
            <p>
              {b.locationName}, {b.address}
            </p>
            <p className="mt-1 text-sm font-medium">
              {left > 0 ? `Nog ${left} ${left === 1 ? "plaats" : "plaatsen"} vrij` : "Vol — u kunt zich op de wachtlijst zetten"}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
