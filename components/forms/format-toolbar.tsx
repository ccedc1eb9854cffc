"use client";
// Three formatting buttons above a Markdown textarea (kop, opsomming, vet),
// so a regisseur never has to know Markdown; Ctrl+B makes bold from the
// keyboard. The change goes through the editor's own state and the
// selection and focus return to the text.
import type { RefObject } from "react";
import { applyFormat, type Format } from "@/lib/verslag/format-text";

const buttons: { format: Format; label: string; face: string }[] = [
  { format: "kop", label: "Kop", face: "Kop" },
  { format: "opsomming", label: "Opsomming", face: "• Opsomming" },
  { format: "vet", label: "Vet", face: "Vet" },
];

export function useFormatting(ref: RefObject<HTMLTextAreaElement | null>, setText: (text: string) => void) {
  return (format: Format) => {
    const el = ref.current;
    if (!el) return;
    const next = applyFormat(el.value, el.selectionStart, el.selectionEnd, format);
    setText(next.text);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.start, next.end);
    });
  };
}

export function FormatToolbar({ controls, onFormat }: { controls: string; onFormat: (format: Format) => void }) {
  return (
    <div role="toolbar" aria-label="Opmaak" aria-controls={controls} className="mt-1 flex flex-wrap gap-2">
      {buttons.map((b) => (
        <button
          key={b.format}
          type="button"
          onClick={() => onFormat(b.format)}
          aria-label={b.label}
          className={`min-h-[44px] rounded border border-gray-500 bg-white px-3 py-1 text-sm ${b.format === "vet" ? "font-bold" : ""}`}
        >
          {b.face}
        </button>
      ))}
    </div>
  );
}
