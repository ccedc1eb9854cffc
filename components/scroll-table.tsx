// A data table that may be wider than a phone: it scrolls sideways inside a
// labelled, focusable region (keyboard users can scroll it too) instead of
// making the whole page scroll (WCAG 1.4.10 allows tables to scroll). It is
// positioned, so visually hidden (absolute) labels in cells stay inside it.
import type { ReactNode } from "react";

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="table-scroll relative max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
