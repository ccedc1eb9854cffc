"use client";
// Logging inbreng at (or right after) a stadsdeelavond: click the map to
// pick a place, or choose a buurt from the list (keyboard, screen reader);
// a quick form that stays open for the next point (Alt+1…4 picks the kind,
// Ctrl+Enter saves); the list of logged points as a table with edit and
// delete. The server decides the buurt and refuses places outside the stadsdeel.
import type { Geometry } from "geojson";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { LoggedInbreng } from "@/lib/actions/inbreng/create-inbreng";
import { inbrengKindLabels } from "@/lib/format";
import type { InbrengMapProps } from "./inbreng-map";
import { ScrollTable } from "@/components/scroll-table";

const InbrengMap = dynamic(() => import("./inbreng-map"), {
  ssr: false,
  loading: () => <p className="flex h-[520px] items-center justify-center rounded border border-gray-300 bg-gray-50">Kaart laden…</p>,
});

type Option = { id: string; name: string };
type Item = LoggedInbreng;
type Call<T> = (input: unknown) => Promise<ActionResult<T>>;

export type InbrengEditorProps = {
  bijeenkomstId: string;
  stadsdeelName: string;
  buurten: (Option & { geometry: Geometry })[];
  themes: Option[];
  tafels: Option[];
  initial: Item[];
  editable: boolean;
  tileUrl: string;
  tileAttribution: string;
  actions: {
    create: Call<Item>;
    update: Call<Item>;
    move: Call<{ lat: number | null; lng: number | null; buurtId: string; buurtName: string }>;
    remove: Call<{ id: string }>;
  };
};

const kinds = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"] as const;

export function InbrengEditor(props: InbrengEditorProps) {
  const [items, setItems] = useState<Item[]>(props.initial);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pending, setPending] = useState<{ lat: number; lng: number } | null>(null);
  const [buurtId, setBuurtId] = useState("");
  const [kind, setKind] = useState<string>("KAN_BETER");
  const [themeId, setThemeId] = useState("");
  const [tafelId, setTafelId] = useState(props.tafels[0]?.id ?? "");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [redraw, setRedraw] = useState(0); // bumps to put a refused drag back in its stored place
  const textRef = useRef<HTMLTextAreaElement>(null);
  const themeName = (id: string) => props.themes.find((t) => t.id === id)?.name ?? "";
  const tafelName = (id: string | null) => props.tafels.find((t) => t.id === id)?.name ?? "—";

  function resetForm(keepContext = true) {
    setEditingId(null);
    setPending(null);
    setBuurtId("");
    setText("");
    setErrors({});
    if (!keepContext) setThemeId("");
  }

  function startEdit(item: Item) {
    setEditingId(item.id);
    setKind(item.kind);
    setThemeId(item.themeId);
    setTafelId(item.tafelId ?? "");
    setText(item.text);
    setPending(item.lat !== null && item.lng !== null ? { lat: item.lat, lng: item.lng } : null);
    setBuurtId(item.lat === null ? item.buurtId : "");
    setErrors({});
    setMessage(`U bewerkt: ${item.text}`);
    textRef.current?.focus();
  }

  async function save() {
    if (busy || !props.editable) return;
    setBusy(true);
    const place = pending && !buurtId ? { lat: pending.lat, lng: pending.lng } : { buurtId };
    const input = { kind, themeId, text, tafelId, ...place };
    const result = editingId
      ? await props.actions.update({ ...input, inbrengId: editingId })
      : await props.actions.create({ ...input, bijeenkomstId: props.bijeenkomstId });
    setBusy(false);
    if (!result.ok) {
      setErrors({ ...(result.fieldErrors ?? {}), form: result.error });
      setMessage("");
      return;
    }
    const saved = result.data;
    setItems((list) => (editingId ? list.map((i) => (i.id === saved.id ? saved : i)) : [...list, saved]));
    setMessage(
      `${editingId ? "Gewijzigd" : "Opgeslagen"}: ${inbrengKindLabels[saved.kind].toLowerCase()} in ${saved.buurtName}. U kunt het volgende punt invoeren.`,
    );
    resetForm();
    textRef.current?.focus();
  }

  async function remove(item: Item) {
    if (!window.confirm(`Inbreng "${item.text}" verwijderen?`)) return;
    const result = await props.actions.remove({ inbrengId: item.id });
    if (!result.ok) return setMessage(result.error);
    setItems((list) => list.filter((i) => i.id !== item.id));
    if (editingId === item.id) resetForm();
    setMessage(`Verwijderd: ${item.text}`);
  }

  async function move(id: string, lat: number, lng: number) {
    const result = await props.actions.move({ inbrengId: id, lat, lng });
    if (!result.ok) {
      setMessage(result.fieldErrors?.location ?? result.error);
      setRedraw((n) => n + 1);
      return;
    }
    setItems((list) =>
      list.map((i) => (i.id === id ? { ...i, lat: result.data.lat, lng: result.data.lng, buurtId: result.data.buurtId, buurtName: result.data.buurtName } : i)),
    );
    setMessage(`Verplaatst naar ${result.data.buurtName}.`);
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.altKey && ["1", "2", "3", "4"].includes(e.key)) {
      e.preventDefault();
      setKind(kinds[Number(e.key) - 1]);
    } else if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      void save();
    }
  }

  const mapPoints: InbrengMapProps["points"] = items
    .filter((i) => i.lat !== null && i.lng !== null)
    .map((i) => ({ id: i.id, kind: i.kind, text: i.text, lat: i.lat!, lng: i.lng! }));

  return (
    <div className="space-y-6" onKeyDown={onKeyDown}>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        {props.editable ? (
          <form
            className="space-y-3"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            aria-labelledby="invoer-kop"
          >
            <h2 id="invoer-kop" className="text-xl font-semibold">
              {editingId ? "Inbreng bewerken" : "Nieuwe inbreng"}
            </h2>
            {errors.form && (
              <p role="alert" className="rounded border border-accent bg-red-50 p-2 text-accent">
                {errors.form}
              </p>
            )}
            <p aria-live="polite" role="status" className="min-h-6 text-sm text-green-900">
              {message}
            </p>
            <div>
              <p className="font-semibold">Plek</p>
              <p className="text-sm" id="plek-status">
                {pending && !buurtId
                  ? "Punt op de kaart gekozen; de buurt wordt bij opslaan bepaald."
                  : buurtId
                    ? "Buurt gekozen uit de lijst."
                    : "Nog geen plek gekozen."}
              </p>
              <label htmlFor="buurtId" className="mt-1 block">
                Of kies een buurt
              </label>
              <select
                id="buurtId"
                value={buurtId}
                onChange={(e) => {
                  setBuurtId(e.target.value);
                  if (e.target.value) setPending(null);
                }}
                aria-invalid={errors.location || errors.buurtId ? true : undefined}
                aria-describedby="plek-status plek-fout"
                className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
              >
                <option value="">{pending ? "(punt op de kaart)" : "Kies een buurt"}</option>
                {props.buurten.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
              {(errors.location || errors.buurtId) && (
                <p id="plek-fout" className="mt-1 text-accent">
                  {errors.location || errors.buurtId}
                </p>
              )}
            </div>
            <fieldset>
              <legend className="font-semibold">Soort (Alt+1 … Alt+4)</legend>
              <div className="mt-1 flex flex-wrap gap-3">
                {kinds.map((k, i) => (
                  <label key={k} className="flex items-center gap-1">
                    <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {inbrengKindLabels[k]}{" "}
                    <span className="text-sm text-muted">({i + 1})</span>
                  </label>
                ))}
              </div>
              {errors.kind && <p className="mt-1 text-accent">{errors.kind}</p>}
            </fieldset>
            <div>
              <label htmlFor="themeId" className="block font-semibold">
                Thema
              </label>
              <select
                id="themeId"
                value={themeId}
                onChange={(e) => setThemeId(e.target.value)}
                aria-invalid={errors.themeId ? true : undefined}
                aria-describedby={errors.themeId ? "themeId-fout" : undefined}
                className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
              >
                <option value="">Kies een thema</option>
                {props.themes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
              {errors.themeId && (
                <p id="themeId-fout" className="mt-1 text-accent">
                  {errors.themeId}
                </p>
              )}
            </div>
            {props.tafels.length > 0 && (
              <div>
                <label htmlFor="tafelId" className="block font-semibold">
                  Tafel
                </label>
                <select
                  id="tafelId"
                  value={tafelId}
                  onChange={(e) => setTafelId(e.target.value)}
                  className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2"
                >
                  <option value="">Geen tafel</option>
                  {props.tafels.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
                {errors.tafelId && <p className="mt-1 text-accent">{errors.tafelId}</p>}
              </div>
            )}
            <div>
              <label htmlFor="text" className="block font-semibold">
                Wat werd er gezegd?
              </label>
              <textarea
                id="text"
                ref={textRef}
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={3}
                aria-invalid={errors.text ? true : undefined}
                aria-describedby={errors.text ? "text-fout" : "text-hint"}
                className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
              />
              <p id="text-hint" className="text-sm text-muted">
                Ctrl+Enter slaat op.
              </p>
              {errors.text && (
                <p id="text-fout" className="mt-1 text-accent">
                  {errors.text}
                </p>
              )}
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={busy} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
                {busy ? "Bezig…" : editingId ? "Wijziging opslaan" : "Inbreng opslaan"}
              </button>
              {editingId && (
                <button
                  type="button"
                  onClick={() => {
                    resetForm();
                    setMessage("");
                  }}
                  className="rounded border border-gray-500 px-4 py-2"
                >
                  Stoppen met bewerken
                </button>
              )}
            </div>
          </form>
        ) : (
          <p>U kunt deze inbreng bekijken, maar niet wijzigen.</p>
        )}
        <div className="lg:order-first">
          <InbrengMap
            buurten={props.buurten}
            points={mapPoints}
            pending={pending}
            redraw={redraw}
            selectedId={editingId}
            editable={props.editable}
            tileUrl={props.tileUrl}
            tileAttribution={props.tileAttribution}
            onPick={(lat, lng) => {
              setPending({ lat, lng });
              setBuurtId("");
              setErrors((e) => ({ ...e, location: "" }));
              textRef.current?.focus();
            }}
            onSelect={(id) => {
              const item = items.find((i) => i.id === id);
              if (item && props.editable) startEdit(item);
            }}
            onMove={move}
          />
          <p className="mt-1 text-sm text-muted">
            Klik op de kaart om een plek te kiezen; sleep een punt om het te verplaatsen. Zonder muis: kies een buurt in het formulier.
          </p>
        </div>
      </div>
      <section aria-labelledby="tabel-kop">
        <h2 id="tabel-kop" className="text-xl font-semibold">
          Vastgelegde inbreng ({items.length})
        </h2>
        <ScrollTable label="Vastgelegde inbreng">
          <table className="mt-2 w-full border-collapse text-left" data-testid="inbreng-tabel">
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-3">
                  Soort
                </th>
                <th scope="col" className="py-2 pr-3">
                  Thema
                </th>
                <th scope="col" className="py-2 pr-3">
                  Tekst
                </th>
                <th scope="col" className="py-2 pr-3">
                  Buurt
                </th>
                <th scope="col" className="py-2 pr-3">
                  Tafel
                </th>
                <th scope="col" className="py-2 pr-3">
                  Op de kaart
                </th>
                {props.editable && (
                  <th scope="col" className="py-2">
                    Acties
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">{inbrengKindLabels[i.kind]}</td>
                  <td className="py-2 pr-3">{themeName(i.themeId)}</td>
                  <td className="py-2 pr-3">
                    <a href={`/medewerker/inbreng/${i.id}`}>{i.text}</a>
                  </td>
                  <td className="py-2 pr-3">{i.buurtName}</td>
                  <td className="py-2 pr-3">{tafelName(i.tafelId)}</td>
                  <td className="py-2 pr-3">{i.lat !== null ? "ja" : "nee (alleen buurt)"}</td>
                  {props.editable && (
                    <td className="py-2">
                      <div className="flex flex-wrap gap-2">
                        <button type="button" className="underline" onClick={() => startEdit(i)}>
                          Bewerken<span className="sr-only">: {i.text}</span>
                        </button>
                        <button type="button" className="text-accent underline" onClick={() => void remove(i)}>
                          Verwijderen<span className="sr-only">: {i.text}</span>
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </div>
  );
}
