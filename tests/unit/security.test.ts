// CSV injection guard and the security headers' content.
import { describe, expect, it } from "vitest";
import { toCsv } from "../../lib/export/to-csv.ts";
import { contentSecurityPolicy, strictTransportSecurity } from "../../lib/http/security-headers.ts";

const cells = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")[1]
    .split(";");

describe("toCsv", () => {
  it("neutralises text that a spreadsheet would run as a formula, tab and carriage return included", () => {
    expect(cells(toCsv(["a", "b", "c", "d", "e"], [["=SUM(A1)", "+1", "@x", "\t=1", "-2+3"]]))).toEqual(["'=SUM(A1)", "'+1", "'@x", "'\t=1", "'-2+3"]);
    expect(toCsv(["a"], [["\r=1"]])).toContain(`"'\r=1"`);
  });
  it("leaves numbers as numbers, negative ones included", () => {
    expect(cells(toCsv(["n", "m"], [[-3, 4.5]]))).toEqual(["-3", "4.5"]);
  });
});

describe("security headers", () => {
  it("allows scripts only with the nonce, no framing, tiles from the basemap's host", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/service\.pdok\.nl/);
  });
  it("sends HSTS only for an https portal", () => {
    expect(strictTransportSecurity("https://portaal.gemeente.nl")).toMatch(/^max-age=31536000/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});

describe("outbox for staff", () => {
  it("masks the codes of residents' links in mail bodies", async () => {
    const { maskLinks } = await import("../../lib/data/outbox/list-outbox.ts");
    const body =
      "Beheren: https://p.example/mijn/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\nAfmelden: https://p.example/afmelden/ZZZZZZZZZZZZZZZZZZZZZZZZ/direct\nVerslag: https://p.example/verslagen/x?versie=1&t=QQQQQQQQQQQQQQQQQQQQQQQQQQ";
    expect(maskLinks(body)).toBe(
      "Beheren: https://p.example/mijn/…\nAfmelden: https://p.example/afmelden/…/direct\nVerslag: https://p.example/verslagen/x?versie=1&t=…",
    );
  });
});
