// Shared by every action that lets staff pick a department, theme or melding
// category: the choice must exist and be switched on. A record that already
// has a switched-off item keeps it (editing it does not force a change);
// choosing it anew is refused next to the field.
import { fieldError } from "../errors.ts";
import type { Tx } from "./define-action.ts";

type Kind = "department" | "theme" | "category";
const words: Record<Kind, { unknown: string; off: string }> = {
  department: { unknown: "Onbekende afdeling. Kies een afdeling uit de lijst.", off: "Deze afdeling is uitgezet door de beheerder. Kies een andere afdeling." },
  theme: { unknown: "Onbekend thema. Kies een thema uit de lijst.", off: "Dit thema is uitgezet door de beheerder. Kies een ander thema." },
  category: {
    unknown: "Onbekende categorie. Kies een categorie uit de lijst.",
    off: "Deze categorie is uitgezet door de beheerder. Kies een andere categorie.",
  },
};

async function find(tx: Tx, kind: Kind, id: string) {
  const where = { where: { id }, select: { id: true, active: true } } as const;
  if (kind === "department") return tx.department.findUnique(where);
  if (kind === "theme") return tx.theme.findUnique(where);
  return tx.meldingCategory.findUnique(where);
}

/** Refuses an unknown or switched-off choice (unless it is the record's current one). Nothing to check for an empty choice. */
export async function checkChoice(tx: Tx, kind: Kind, field: string, id: string | null | undefined, current?: string | null): Promise<void> {
  if (!id) return;
  const row = await find(tx, kind, id);
  if (!row) throw fieldError(field, words[kind].unknown);
  if (!row.active && id !== current) throw fieldError(field, words[kind].off);
}
