// The head of a programma page: title, stadsdeel or focusgebied, period,
// version and status with the college's decision, and its other versions.
import Link from "next/link";
import { formatDate, programmaStatusLabels } from "@/lib/format";

type Header = {
  title: string;
  startYear: number;
  endYear: number;
  version: number;
  status: string;
  kind: string;
  vastgesteldDoor: string | null;
  vastgesteldOp: Date | null;
  besluitKenmerk: string | null;
  stadsdeel: { slug: string; name: string };
  focusgebied: { slug: string; name: string } | null;
  previous: { id: string; version: number } | null;
  next: { id: string; version: number; status: string } | null;
};

export function ProgrammaHeader({ programma: p }: { programma: Header }) {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold">{p.title}</h1>
      <p>
        {p.kind === "GEBIEDSAGENDA" && p.focusgebied ? `Gebiedsagenda van focusgebied ${p.focusgebied.name}, ` : ""}stadsdeel {p.stadsdeel.name}, {p.startYear}–
        {p.endYear}. Versie {p.version}.
      </p>
      <p>
        <span className="font-semibold">Status: {programmaStatusLabels[p.status]}</span>
        {p.vastgesteldOp ? ` — vastgesteld door ${p.vastgesteldDoor} op ${formatDate(p.vastgesteldOp)}, kenmerk ${p.besluitKenmerk}.` : "."}
      </p>
      <p className="flex flex-wrap gap-4 text-sm">
        {p.previous && <Link href={`/medewerker/programmas/${p.previous.id}`}>Vorige versie ({p.previous.version})</Link>}
        {p.next && (
          <Link href={`/medewerker/programmas/${p.next.id}`}>
            Nieuwere versie ({p.next.version}, {programmaStatusLabels[p.next.status].toLowerCase()})
          </Link>
        )}
        {p.status === "VASTGESTELD" && p.kind === "STADSDEELPROGRAMMA" && <Link href={`/stadsdelen/${p.stadsdeel.slug}/programma`}>Openbare pagina</Link>}
      </p>
    </header>
  );
}
