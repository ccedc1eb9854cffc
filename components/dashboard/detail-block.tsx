// A dashboard block below the first screen: its heading and one line with
// the key figure stay visible; its tables and charts are rendered only when
// the block is opened (the `open` query parameter, so an open block is a
// link that works without JavaScript and survives a reload, and the closed
// page stays small and fast at national scale). "Afdrukken voor het
// college" opens them all before printing.
import type { ReactNode } from "react";
import Link from "next/link";

export type Fold = { isOpen: (id: string) => boolean; href: (id: string) => string; all: boolean };

/**
 * Which blocks are open, from `?open=meldingen,inbreng` or `?open=alles`, and the link that folds a block open or shut
 * (`self` is the dashboard's own link with some parameters changed, see dashboardLinks).
 */
export function foldFrom(sp: { open?: string }, self: (extra: Record<string, string | undefined>) => string): Fold {
  const all = sp.open === "alles";
  const ids = new Set((sp.open ?? "").split(",").filter(Boolean));
  return {
    all,
    isOpen: (id) => all || ids.has(id),
    href: (id) => {
      const next = new Set(ids);
      if (all || next.has(id)) next.delete(id);
      else next.add(id);
      return `${self({ open: next.size ? [...next].join(",") : undefined, afdrukken: undefined })}#${id}-kop`;
    },
  };
}

export function DetailBlock({ id, title, lead, fold, children }: { id: string; title: string; lead: ReactNode; fold: Fold; children: ReactNode }) {
  const open = fold.isOpen(id);
  return (
    <section aria-labelledby={`${id}-kop`} className="border-t border-gray-300 pt-4">
      <h2 id={`${id}-kop`} className="scroll-mt-4 text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-1">{lead}</div>
      <p className="no-print mt-2">
        <Link
          href={fold.href(id)}
          aria-expanded={open}
          aria-controls={open ? `${id}-cijfers` : undefined}
          className="font-semibold text-brand"
          data-testid={`fold-${id}`}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"} </span>Alle cijfers: {title.toLowerCase()} {open ? "verbergen" : "tonen"}
        </Link>
      </p>
      {open ? (
        <div id={`${id}-cijfers`} className="mt-3 space-y-3">
          {children}
        </div>
      ) : (
        <p className="hidden text-sm print:block">Niet afgedrukt: gebruik ‘Afdrukken voor het college’ om alle cijfers af te drukken.</p>
      )}
    </section>
  );
}
