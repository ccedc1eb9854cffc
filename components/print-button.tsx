"use client";
// Opens the browser's print dialog (the page has its own print layout).
export function PrintButton({ label = "Afdrukken" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-brand px-4 py-2 font-semibold text-brand">
      {label}
    </button>
  );
}
