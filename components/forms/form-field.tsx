// A labelled form field with its error message next to it (aria-invalid and
// aria-describedby wired up), for every form in the portal.
import type { InputHTMLAttributes, Ref } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string; hint?: string; ref?: Ref<HTMLInputElement> };

export function FormField({ id, label, error, hint, className, ...input }: Props) {
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
      <input
        id={id}
        name={input.name ?? id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        {...input}
      />
      {error && (
        <p id={`${id}-fout`} className="mt-1 text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
