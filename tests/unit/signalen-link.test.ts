// The link into Signalen from the beheerder's template.
import { describe, expect, it } from "vitest";
import { signalenLink } from "../../lib/signalen/signalen-link.ts";

describe("signalenLink", () => {
  it("puts the id where {id} is, encoded, and gives null without template or id", () => {
    expect(signalenLink("https://meldingen.example/manage/incident/{id}", "123")).toBe("https://meldingen.example/manage/incident/123");
    expect(signalenLink("https://x.example/m?id={id}", "a b/c")).toBe("https://x.example/m?id=a%20b%2Fc");
    expect(signalenLink(null, "123")).toBeNull();
    expect(signalenLink("https://x.example/{id}", null)).toBeNull();
  });
});
