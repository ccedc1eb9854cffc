// The verslag toolbar: headings and bullets per line (and off again), bold
// around the selection, with the selection following the change.
import { describe, expect, it } from "vitest";
import { applyFormat } from "../../lib/verslag/format-text.ts";
import { renderMarkdown } from "../../lib/verslag/markdown.ts";

describe("verslag formatting", () => {
  it("makes the line with the cursor a heading, and the heading a line again", () => {
    const text = "Inleiding\nTafel 1 sprak over groen";
    const h = applyFormat(text, 12, 12, "kop");
    expect(h.text).toBe("Inleiding\n## Tafel 1 sprak over groen");
    expect(applyFormat(h.text, h.start, h.end, "kop").text).toBe(text);
    expect(renderMarkdown(h.text)).toContain("<h3>Tafel 1 sprak over groen</h3>");
  });

  it("bullets every selected line, replacing a heading mark", () => {
    const text = "## Punten\nbankjes\nlicht\nslot";
    const b = applyFormat(text, 0, text.indexOf("slot") - 1, "opsomming");
    expect(b.text).toBe("- Punten\n- bankjes\n- licht\nslot");
    expect(b.text.slice(b.start, b.end)).toBe("- Punten\n- bankjes\n- licht");
  });

  it("puts bold around the selection (or a placeholder) and takes it off again", () => {
    const b = applyFormat("Het park is te donker", 12, 21, "vet");
    expect(b.text).toBe("Het park is **te donker**");
    expect(b.text.slice(b.start, b.end)).toBe("te donker");
    expect(applyFormat(b.text, b.start - 2, b.end + 2, "vet").text).toBe("Het park is te donker");
    const empty = applyFormat("", 0, 0, "vet");
    expect(empty.text).toBe("**vetgedrukte tekst**");
    expect(renderMarkdown(b.text)).toContain("<strong>te donker</strong>");
  });
});
