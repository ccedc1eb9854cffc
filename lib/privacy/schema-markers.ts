// Reads the `/// @avg <category>` markers in prisma/schema.prisma: the one
// place where every text, JSON and resident-describing column says whether
// it holds personal data, and of which category. The verwerkingsregister page
// and the deletion test are both built from this, so neither can drift from
// the schema; a column without a marker fails the test.
import { readFileSync } from "node:fs";
import path from "node:path";

export type ColumnMarker = { model: string; table: string; field: string; type: string; category: string | null };

/** Column types that must carry a decision (keys — `id` and `…Id` — excepted). */
const DECIDED_TYPES = /^(String|Json|Facility|AgeBand)(\[\]|\?)?$/;

export function readSchemaMarkers(schemaText = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8")): ColumnMarker[] {
  const out: ColumnMarker[] = [];
  let model: string | null = null;
  let table: string | null = null;
  let pending: string | null = null;
  let columns: ColumnMarker[] = [];
  for (const line of schemaText.split("\n")) {
    const start = /^model (\w+) \{/.exec(line);
    if (start) {
      [model, table, pending, columns] = [start[1], start[1], null, []];
      continue;
    }
    if (!model) continue;
    if (line.startsWith("}")) {
      out.push(...columns.map((c) => ({ ...c, table: table! })));
      model = null;
      continue;
    }
    const map = /^\s+@@map\("(\w+)"\)/.exec(line);
    if (map) table = map[1];
    const marker = /^\s+\/\/\/ @avg ([\w.-]+)/.exec(line);
    if (marker) {
      pending = marker[1];
      continue;
    }
    const field = /^\s+(\w+)\s+(\S+)/.exec(line);
    if (field && !line.trim().startsWith("//") && !line.trim().startsWith("@@")) {
      const [, name, type] = field;
      const isKey = name === "id" || (name.endsWith("Id") && name !== "id");
      if (DECIDED_TYPES.test(type) && !isKey)
        columns.push({ model, table: model, field: name, type, category: pending === "geen" ? null : (pending ?? "ONBESLIST") });
      pending = null;
    }
  }
  return out;
}
