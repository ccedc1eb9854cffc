// The documents (verkenningen, studies, analyses) with the analyse: title,
// kind, year, size and a download link; for staff, whether residents see it.
import { formatDate } from "@/lib/format";
import { documentKindLabels } from "@/lib/validation/indicator";

type Doc = {
  id: string;
  title: string;
  kind: keyof typeof documentKindLabels;
  year: number | null;
  fileName: string;
  size: number;
  isPublic: boolean;
  openbaarVanaf: Date | null;
  stadsdeelId: string | null;
};

export function DocumentsList({ documents, staff }: { documents: Doc[]; staff: boolean }) {
  if (documents.length === 0) return <p>Er zijn nog geen documenten.</p>;
  const visibility = (d: Doc) =>
    !d.isPublic ? "alleen voor medewerkers" : d.openbaarVanaf && d.openbaarVanaf > new Date() ? `openbaar vanaf ${formatDate(d.openbaarVanaf)}` : "openbaar";
  return (
    <ul className="space-y-2">
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`/documenten/${d.id}`} className="font-semibold">
            {d.title}
          </a>{" "}
          ({documentKindLabels[d.kind].toLowerCase()}
          {d.year ? `, ${d.year}` : ""}
          {d.stadsdeelId ? "" : ", hele stad"}; {d.fileName}, {(d.size / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB)
          {staff && <> — {visibility(d)}</>}
        </li>
      ))}
    </ul>
  );
}
