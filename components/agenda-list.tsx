// The public agenda items as a list (used on the stadsdeel page and the
// agenda page): kind, period, status and progress, scope, department, theme.
import { agendaKindLabels, agendaStatusLabels, formatPeriod } from "@/lib/format";
import type { listPublicAgendaItems } from "@/lib/data/agenda/list-public-agenda-items";

type Items = Awaited<ReturnType<typeof listPublicAgendaItems>>;

export function AgendaList({ items, stadsdeelName, headingLevel = 3 }: { items: Items; stadsdeelName: string; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="mt-2 divide-y divide-gray-200">
      {items.map((item) => {
        const scope = item.areas
          .map((a) => a.buurt?.name ?? a.wijk?.name)
          .filter(Boolean)
          .sort((a, b) => a!.localeCompare(b!, "nl"));
        return (
          <li key={item.id} className="py-3">
            <p className="text-sm text-muted">
              {agendaKindLabels[item.kind]} · {formatPeriod(item.periodStart, item.periodEnd)} · {agendaStatusLabels[item.status]}
              {item.status === "LOOPT" ? ` (${item.progress}%)` : ""}
            </p>
            <H className="font-semibold">{item.title}</H>
            {item.description && <p>{item.description}</p>}
            <p className="text-sm text-muted">
              {scope.length ? `Gebied: ${scope.join(", ")}` : `Gebied: heel ${stadsdeelName}`}
              {item.department ? ` · ${item.department.name}` : ""}
              {item.theme ? ` · ${item.theme.name}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
