// The header row of the portal's data tables (column headers with scope,
// numbers right-aligned), so every table is announced the same way.
type Column = string | { label: string; right?: boolean };

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr className="border-b border-gray-400">
        {columns.map((c, i) => {
          const col = typeof c === "string" ? { label: c, right: false } : c;
          return (
            <th key={i} scope="col" className={`py-2 pr-3${col.right ? " text-right" : ""}`}>
              {col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
