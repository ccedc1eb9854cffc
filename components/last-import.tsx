// One line on a beheer page: when the data was last imported, by whom and
// from which file.
import { formatDate, formatTime } from "@/lib/format";

export function LastImport({ last }: { last: { at: Date; by: string; file: string | null } | null }) {
  if (!last) return <p>Er is nog niets geïmporteerd.</p>;
  return (
    <p>
      Laatst geïmporteerd op {formatDate(last.at)} om {formatTime(last.at)} door {last.by}
      {last.file ? ` (${last.file})` : ""}.
    </p>
  );
}
