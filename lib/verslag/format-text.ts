// The verslag editor's formatting toolbar as a pure function on the text
// and its selection: a heading or a bullet for each selected line (toggled
// off when every line has it already), bold around the selection (or
// around a placeholder word when nothing is selected). Only the Markdown
// the verslag renderer knows (lib/verslag/markdown.ts).
export type Format = "kop" | "opsomming" | "vet";
export type Edited = { text: string; start: number; end: number };

function lines(text: string, start: number, end: number, prefix: string): Edited {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const toBreak = text.indexOf("\n", end > start && text[end - 1] === "\n" ? end - 1 : end);
  const to = toBreak === -1 ? text.length : toBreak;
  const block = text.slice(from, to).split("\n");
  const strip = /^(#{1,3}\s+|[-*]\s+)/;
  const all = block.every((l) => l.startsWith(prefix));
  const changed = block.map((l) => (all ? l.slice(prefix.length) : prefix + l.replace(strip, ""))).join("\n");
  const out = text.slice(0, from) + changed + text.slice(to);
  return { text: out, start: from, end: from + changed.length };
}

export function applyFormat(text: string, start: number, end: number, format: Format): Edited {
  if (format === "kop") return lines(text, start, end, "## ");
  if (format === "opsomming") return lines(text, start, end, "- ");
  const selected = text.slice(start, end);
  if (selected.startsWith("**") && selected.endsWith("**") && selected.length >= 4) {
    const inner = selected.slice(2, -2);
    return { text: text.slice(0, start) + inner + text.slice(end), start, end: start + inner.length };
  }
  const word = selected || "vetgedrukte tekst";
  return { text: `${text.slice(0, start)}**${word}**${text.slice(end)}`, start: start + 2, end: start + 2 + word.length };
}
