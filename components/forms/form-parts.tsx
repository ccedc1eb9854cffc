"use client";
// Small building blocks shared by the forms: the error summary at the top
// (focused after a refused submit, linking to each field), a select and a
// textarea with their error next to them.
import { type SelectHTMLAttributes, type TextareaHTMLAttributes, useEffect, useRef } from "react";

/**
 * After a refused submit: a summary that takes the focus (so a screen reader
 * announces it and keyboard users start there) with a link per field that
 * moves the focus to that field (GOV.UK / NL Design System pattern).
 */
export function ErrorSummary({ error, fieldErrors }: { error?: string; fieldErrors?: Record<string, string> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error, fieldErrors]);
  if (!error) return null;
  const fields = Object.entries(fieldErrors ?? {}).filter(([field]) => field !== "form");
  const focusField = (event: React.MouseEvent<HTMLAnchorElement>, field: string) => {
    const scope = box.current?.closest("form") ?? document;
    const target = scope.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]:not([type=hidden]), [name="${CSS.escape(field)}[]"], #${CSS.escape(field)}`);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  };
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={fields.length ? "foutmelding-kop" : undefined}
      className="rounded border-2 border-accent bg-red-50 p-3 text-accent"
    >
      {fields.length === 0 ? (
        <p>{error}</p>
      ) : (
        <>
          <p id="foutmelding-kop" className="font-semibold">
            {error}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {fields.map(([field, message]) => (
              <li key={field}>
                <a href={`#${field}`} className="text-accent underline" onClick={(e) => focusField(e, field)}>
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
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

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  error?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ id, label, error, options, placeholder, className, ...select }: SelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={select.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fout` : undefined}
        className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-fout`} className="mt-1 text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string; hint?: string };

export function TextareaField({ id, label, error, hint, className, ...area }: TextareaProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={area.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        rows={4}
        {...area}
      />
      {error && (
        <p id={`${id}-fout`} className="mt-1 text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

/** The value to show in a field: what the user typed after a refusal, else the stored value. */
export function shown(values: Record<string, unknown> | undefined, key: string, fallback: string): string {
  const v = values?.[key];
  return typeof v === "string" ? v : fallback;
}
