// Reading the parts of an indicator value from a file: a period ("2024", a
// fieldwork window "2018-11-01/2018-12-15" or "2018-11/2018-12"), a number
// in Dutch or English notation ("37,5" or "37.5"), a count, and a survey
// distribution that must add up to 100 ± 2 (rounded percentages).

export type Period = { start: string; end: string };

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

function day(raw: string, edge: "start" | "end"): string | null {
  let m = raw.match(/^(\d{4})$/);
  if (m) return edge === "start" ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  m = raw.match(/^(\d{4})-(\d{2})$/);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return edge === "start" ? `${m[1]}-${m[2]}-01` : `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}`;
  }
  m = raw.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
    return raw;
  }
  return null;
}

/** A period or a message saying what is wrong with it. */
export function parsePeriod(raw: string): Period | string {
  const text = raw.trim();
  if (!text) return "geen periode";
  const [a, b, ...rest] = text.split("/").map((s) => s.trim());
  if (rest.length) return `periode ‘${text}’ niet begrepen`;
  const start = day(a, "start");
  const end = day(b ?? a, "end");
  if (!start || !end) return `periode ‘${text}’ niet begrepen: gebruik een jaar (2024) of van/tot (2018-11-01/2018-12-15)`;
  if (Number(start.slice(0, 4)) < 1990 || Number(end.slice(0, 4)) > 2100) return `periode ‘${text}’ ligt buiten 1990–2100`;
  if (end < start) return `het einde van de periode (${end}) ligt voor het begin (${start})`;
  return { start, end };
}

/** A decimal number (comma or point), null when empty, "invalid" otherwise. */
export function parseNumber(raw: string | undefined): number | null | "invalid" {
  let v = (raw ?? "").trim().replace(/\s/g, "");
  if (v === "") return null;
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(v)) v = v.replace(/\./g, ""); // 1.234,5
  v = v.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(v)) return "invalid";
  return Number(v);
}

/** A count ≥ 0, null when empty. */
export function parseCount(raw: string | undefined): number | null | string {
  const v = parseNumber(raw);
  if (v === null) return null;
  if (v === "invalid" || !Number.isInteger(v)) return "is geen geheel getal";
  if (v < 0) return "mag niet negatief zijn";
  return v;
}

/** Answer categories in per cent; a message when one is not a percentage or they do not add up to 100 ± 2. */
export function checkDistribution(parts: [string, number | null | "invalid"][]): Record<string, number> | null | string {
  const given = parts.filter(([, v]) => v !== null);
  if (given.length === 0) return null;
  const bad = given.find(([, v]) => v === "invalid" || (v as number) < 0 || (v as number) > 100);
  if (bad) return `verdeling ‘${bad[0]}’ is geen percentage tussen 0 en 100`;
  const sum = given.reduce((s, [, v]) => s + (v as number), 0);
  if (Math.abs(sum - 100) > 2) return `de verdeling telt op tot ${Math.round(sum * 10) / 10} % in plaats van 100 (± 2)`;
  return Object.fromEntries(given.map(([k, v]) => [k, v as number]));
}
