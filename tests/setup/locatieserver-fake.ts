// A local stand-in for PDOK's Locatieserver (the one outside system the
// address search talks to): the `free` and `reverse` endpoints of v3_1 with
// the same response envelope, answering from a handful of real Maastricht
// places (one with a buurtcode, one without, one outside the gemeente).
// Records every request so tests can see what was asked.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Doc = { weergavenaam: string; type: string; centroide_ll: string; buurtcode?: string };

const places: { match: RegExp; docs: Doc[] }[] = [
  { match: /^6211\s?CR$/i, docs: [{ weergavenaam: "6211CR Maastricht", type: "postcode", centroide_ll: "POINT(5.6915 50.8495)", buurtcode: "BU09350000" }] },
  // no buurtcode in the answer: the portal places the point in its own buurten
  { match: /^wycker brugstraat/i, docs: [{ weergavenaam: "Wycker Brugstraat 1, 6221EA Maastricht", type: "adres", centroide_ll: "POINT(5.7015 50.8465)" }] },
  { match: /^1012\s?JS$/i, docs: [{ weergavenaam: "1012JS Amsterdam", type: "postcode", centroide_ll: "POINT(4.8924 52.3731)", buurtcode: "BU03630000" }] },
  {
    match: /^markt$/i,
    docs: [
      { weergavenaam: "Markt 78, 6211CR Maastricht", type: "adres", centroide_ll: "POINT(5.6915 50.8495)", buurtcode: "BU09350000" },
      { weergavenaam: "Markt 1, 1012JS Amsterdam", type: "adres", centroide_ll: "POINT(4.8924 52.3731)", buurtcode: "BU03630000" },
    ],
  },
];

export type LocatieserverFake = { url: string; requests: URL[]; close: () => Promise<void> };

export async function startLocatieserverFake(port = 0): Promise<LocatieserverFake> {
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(url);
    let docs: Doc[] = [];
    if (url.pathname.endsWith("/free")) docs = places.find((p) => p.match.test((url.searchParams.get("q") ?? "").trim()))?.docs ?? [];
    else if (url.pathname.endsWith("/reverse")) {
      const near = Math.abs(Number(url.searchParams.get("lat")) - 50.8495) < 0.001 && Math.abs(Number(url.searchParams.get("lon")) - 5.6915) < 0.001;
      docs = near ? [{ weergavenaam: "Markt 78, 6211CR Maastricht", type: "adres", centroide_ll: "POINT(5.6915 50.8495)", afstand: 12 } as Doc] : [];
    } else {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 1, numFoundExact: true, docs } }));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/bzk/locatieserver/search/v3_1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
