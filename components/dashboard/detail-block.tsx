// A dashboard block below the first screen: its heading and one line with
// the key figure stay visible; tables and charts fold open on request (and
// all open for printing, see OpenDetailsForPrint).
import type { ReactNode } from "react";

export function DetailBlock({ id, title, lead, children }: { id: string; title: string; lead: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-kop`} className="border-t border-gray-300 pt-4">
      <h2 id={`${id}-kop`} className="text-xl font-semibold">{title}</h2>
      <div className="mt-1">{lead}</div>
      <details className="dashboard-details mt-2" data-testid={`details-${id}`}>
        <summary className="cursor-pointer font-semibold text-brand">Alle cijfers: {title.toLowerCase()}</summary>
        <div className="mt-3 space-y-3">{children}</div>
      </details>
    </section>
  );
}
