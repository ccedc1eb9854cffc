// Small building blocks shared by the staff forms: the error summary at the
// top, a select and a textarea with their error next to them.
import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export function ErrorSummary({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">
      {error}
    </p>
  );
}

export function SuccessMessage({ children }: { children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string; options: { value: string; label: string }[]; placeholder?: string };

export function SelectField({ id, label, error, options, placeholder, className, ...select }: SelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <select
        id={id} name={select.name ?? id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-fout` : undefined}
        className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2" {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p id={`${id}-fout`} className="mt-1 text-accent">{error}</p>}
    </div>
  );
}

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string; hint?: string };

export function TextareaField({ id, label, error, hint, className, ...area }: TextareaProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p>}
      <textarea
        id={id} name={area.name ?? id} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2" rows={4} {...area}
      />
      {error && <p id={`${id}-fout`} className="mt-1 text-accent">{error}</p>}
    </div>
  );
}

/** The value to show in a field: what the user typed after a refusal, else the stored value. */
export function shown(values: Record<string, unknown> | undefined, key: string, fallback: string): string {
  const v = values?.[key];
  return typeof v === "string" ? v : fallback;
}
