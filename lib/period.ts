// Periods as departments write them in their plans: a day ("2027-03-15"), a
// month ("2027-03", "maart 2027") or a quarter ("2027-Q2", "Q2 2027"). A
// start resolves to the first day, an end to the last day (UTC dates).
const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export function parsePeriod(raw: string, edge: "start" | "end"): Date | null {
  const v = raw.trim().toLowerCase();
  let m: RegExpExecArray | null;
  const day = (y: number, mo: number, d: number) => {
    const date = new Date(Date.UTC(y, mo, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === ((mo % 12) + 12) % 12 ? date : null;
  };
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return day(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v))) return day(+m[3], +m[2] - 1, +m[1]);
  let year: number | null = null;
  let month: number | null = null;
  let quarter: number | null = null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) [year, month] = [+m[1], +m[2] - 1];
  else if ((m = /^(\d{4})[- ]?q([1-4])$/.exec(v)) || (m = /^q([1-4])[- ]?(\d{4})$/.exec(v))) {
    const yFirst = /^\d{4}/.test(v);
    [year, quarter] = yFirst ? [+m[1], +m[2]] : [+m[2], +m[1]];
  } else if ((m = /^([a-z]+) (\d{4})$/.exec(v)) && months.includes(m[1])) [year, month] = [+m[2], months.indexOf(m[1])];
  if (year === null) return null;
  if (month !== null && (month < 0 || month > 11)) return null;
  const firstMonth = quarter !== null ? (quarter - 1) * 3 : month!;
  const lastMonth = quarter !== null ? firstMonth + 2 : month!;
  return edge === "start" ? new Date(Date.UTC(year, firstMonth, 1)) : new Date(Date.UTC(year, lastMonth + 1, 0));
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
