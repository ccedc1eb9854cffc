"use client";
// The gesprekstafels of a bijeenkomst form: controlled rows with a stable
// client key each, so removing "Tafel 1" removes that row — its name, host
// and database id together — and never another. Focus moves to the new
// row's name after adding, and to the next row (or the add button) after
// removing.
import { useEffect, useRef, useState } from "react";
import { FormField } from "./form-field";

export type Tafel = { id: string; name: string; hostName: string };
type Row = Tafel & { key: number };

export function TafelRows({ initial, error }: { initial: Tafel[]; error?: string }) {
  const [rows, setRows] = useState<Row[]>(() => initial.map((t, key) => ({ ...t, key })));
  const focusNext = useRef<number | "add" | null>(null); // where focus goes after the next render
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusNext.current !== "add") return;
    focusNext.current = null;
    addButton.current?.focus();
  });
  // a row's name field takes the focus when it is the one to go to (run at commit, for new and kept rows alike)
  const focusIfNext = (key: number) => (el: HTMLInputElement | null) => {
    if (el && focusNext.current === key) {
      focusNext.current = null;
      el.focus();
    }
  };

  const update = (key: number, field: "name" | "hostName", value: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const remove = (index: number) => {
    const after = rows[index + 1] ?? rows[index - 1];
    focusNext.current = after ? after.key : "add";
    setRows(rows.filter((_, i) => i !== index));
  };
  const add = () => {
    const key = rows.reduce((max, r) => Math.max(max, r.key + 1), 0);
    focusNext.current = key;
    setRows([...rows, { id: "", name: `Tafel ${rows.length + 1}`, hostName: "", key }]);
  };

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Gesprekstafels</legend>
      {error && <p className="text-accent">{error}</p>}
      {rows.length === 0 && <p className="text-sm text-muted">Nog geen tafels.</p>}
      {rows.map((t, i) => (
        <div key={t.key} className="grid items-end gap-2 md:grid-cols-[1fr_1fr_auto]" data-testid="tafel-rij">
          <input type="hidden" name="tafelId" value={t.id} />
          <FormField
            id={`tafelName-${t.key}`}
            name="tafelName"
            label={`Naam tafel ${i + 1}`}
            ref={focusIfNext(t.key)}
            value={t.name}
            onChange={(e) => update(t.key, "name", e.target.value)}
          />
          <FormField
            id={`tafelHost-${t.key}`}
            name="tafelHost"
            label={`Gespreksleider tafel ${i + 1}`}
            value={t.hostName}
            onChange={(e) => update(t.key, "hostName", e.target.value)}
          />
          <button type="button" className="mb-1 rounded border border-gray-500 px-3 py-2" onClick={() => remove(i)}>
            Tafel {i + 1} verwijderen<span className="sr-only">: {t.name}</span>
          </button>
        </div>
      ))}
      <button ref={addButton} type="button" className="rounded border border-brand px-3 py-2 text-brand" onClick={add}>
        Tafel toevoegen
      </button>
    </fieldset>
  );
}
