// Hidden inputs that carry filters a list was opened with (e.g. from the
// dashboard) through its own filter form.
export function HiddenFields<K extends string>({ values, names }: { values: Partial<Record<K, string>>; names: readonly K[] }) {
  return names.filter((k) => values[k]).map((k) => <input key={k} type="hidden" name={k} value={values[k]} />);
}
