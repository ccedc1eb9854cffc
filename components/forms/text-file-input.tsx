"use client";
// A file input that reads the chosen file as text in the browser (the
// upload forms send it as a form field, so a preview and the apply that
// follows it use the very same content). Refuses other extensions at once.
// Also the upload forms' list of problems in a refused file.
import { useState } from "react";
import { formatIssue, type ImportIssue } from "@/lib/import/issues";

export type TextFile = { name: string; text: string };

export function TextFileInput({
  id,
  label,
  hint,
  accept,
  wrongType,
  error,
  onFile,
}: {
  id: string;
  label: string;
  hint: string;
  accept: string[];
  wrongType: string;
  error?: string;
  onFile: (file: TextFile | null) => void;
}) {
  const [readError, setReadError] = useState("");
  async function pick(e: React.ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    setReadError("");
    if (!f) return onFile(null);
    if (!accept.some((ext) => f.name.toLowerCase().endsWith(ext))) {
      onFile(null);
      return setReadError(wrongType);
    }
    onFile({ name: f.name, text: await f.text() });
  }
  const shownError = readError || error;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept.join(",")}
        onChange={pick}
        aria-describedby={`${id}-hint${shownError ? ` ${id}-fout` : ""}`}
        aria-invalid={shownError ? true : undefined}
        className="mt-1"
      />
      {shownError && (
        <p id={`${id}-fout`} className="mt-1 text-accent">
          {shownError}
        </p>
      )}
    </div>
  );
}

/** A refused file: every problem, each with its feature or row and line; nothing was written. */
export function FileIssues({ fileName, issues, noun }: { fileName: string; issues: ImportIssue[]; noun: "feature" | "rij" }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-accent bg-red-50 p-3">
      <p className="font-semibold text-accent">{fileName || "Het bestand"} is niet ingelezen; er is niets gewijzigd. Problemen:</p>
      <ul className="list-disc pl-6">
        {issues.map((i) => (
          <li key={`${i.item}-${i.line}-${i.message}`}>{formatIssue(i, noun)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The chosen file as the action receives it: its name and its text. */
export function TextFileFields({ file }: { file: TextFile | null }) {
  return (
    <>
      <input type="hidden" name="fileName" value={file?.name ?? ""} />
      <input type="hidden" name="payload" value={file?.text ?? ""} />
    </>
  );
}
