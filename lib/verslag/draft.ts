// The starting point of a verslag, generated from the logged inbreng: counts
// per theme and per kind, and the points per gesprekstafel — plain Markdown
// the regisseur then edits into the (sfeer)verslag.
import { formatDate } from "../format.ts";
import { inbrengKindLabels } from "../format.ts";

type DraftInbreng = {
  kind: string;
  text: string;
  theme: { name: string };
  tafel: { name: string; hostName: string | null } | null;
  buurt: { name: string } | null;
};

export function generateDraft(b: { title: string; startsAt: Date; locationName: string }, attendees: number, inbreng: DraftInbreng[]): string {
  const lines = [
    `# ${b.title}`,
    "",
    `Op ${formatDate(b.startsAt)} spraken ${attendees} bewoners in ${b.locationName} over wat goed gaat en wat beter kan. Er kwamen ${inbreng.length} punten op de kaart.`,
    "",
  ];
  const byTheme = new Map<string, Map<string, number>>();
  for (const i of inbreng) {
    const t = byTheme.get(i.theme.name) ?? new Map<string, number>();
    t.set(i.kind, (t.get(i.kind) ?? 0) + 1);
    byTheme.set(i.theme.name, t);
  }
  lines.push("## Waar ging het over", "");
  for (const [theme, kinds] of [...byTheme.entries()].sort(
    (a, b) => [...b[1].values()].reduce((s, n) => s + n, 0) - [...a[1].values()].reduce((s, n) => s + n, 0),
  )) {
    lines.push(`- **${theme}**: ${[...kinds.entries()].map(([k, n]) => `${n} × ${inbrengKindLabels[k].toLowerCase()}`).join(", ")}`);
  }
  const byTafel = new Map<string, DraftInbreng[]>();
  for (const i of inbreng) {
    const key = i.tafel ? `${i.tafel.name}${i.tafel.hostName ? ` (${i.tafel.hostName})` : ""}` : "Zonder tafel";
    byTafel.set(key, [...(byTafel.get(key) ?? []), i]);
  }
  for (const [tafel, items] of byTafel) {
    lines.push("", `## ${tafel}`, "");
    for (const i of items) lines.push(`- ${inbrengKindLabels[i.kind]}: ${i.text}${i.buurt ? ` (${i.buurt.name})` : ""}`);
  }
  lines.push(
    "",
    "## Hoe verder",
    "",
    "Wat er met elk punt gebeurt, leest u op de pagina van uw stadsdeel. Ook als we iets niet oppakken, laten we weten waarom.",
  );
  return lines.join("\n");
}
