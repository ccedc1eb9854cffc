// "Vind uw stadsdeel": a postcode or address found by the Locatieserver
// (a local fake of its v3_1 `free` endpoint) leads to the stadsdeel of our
// own buurt — by buurtcode, else by point in polygon; a place outside the
// gemeente says so; an unreachable or switched-off server gives the
// fallback; searches are limited per source address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDRESS_SEARCHES_PER_HOUR, findStadsdeelForAddress } from "../../lib/data/areas/find-stadsdeel-for-address.ts";
import { parsePoint, reverseAddress } from "../../lib/geo/locatieserver.ts";
import { startLocatieserverFake, type LocatieserverFake } from "../setup/locatieserver-fake.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let fake: LocatieserverFake;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  fake = await startLocatieserverFake();
  process.env.LOCATIESERVER_URL = fake.url;
});
afterAll(async () => {
  await fake.close();
  delete process.env.LOCATIESERVER_URL;
});

describe("address search", () => {
  it("finds the stadsdeel by the buurtcode in the answer, asking only for postcodes and addresses", async () => {
    const r = await findStadsdeelForAddress("6211 CR", "192.0.2.1");
    expect(r).toEqual({ status: "found", results: [{ name: "6211CR Maastricht", buurt: "Binnenstad", stadsdeel: { slug: "centrum", name: "Centrum" } }] });
    const asked = fake.requests.at(-1)!;
    expect(asked.pathname).toBe("/bzk/locatieserver/search/v3_1/free");
    expect(asked.searchParams.get("q")).toBe("6211 CR");
    expect(asked.searchParams.get("fq")).toBe("type:(postcode OR adres)");
  });

  it("places a hit without buurtcode in our own buurten, and says when a place lies outside the gemeente", async () => {
    const wyck = await db.prisma.buurt.findFirstOrThrow({ where: { name: "Wyck" }, include: { stadsdeel: true } });
    expect(await findStadsdeelForAddress("Wycker Brugstraat 1", "192.0.2.2")).toEqual({
      status: "found",
      results: [{ name: "Wycker Brugstraat 1, 6221EA Maastricht", buurt: "Wyck", stadsdeel: { slug: wyck.stadsdeel.slug, name: wyck.stadsdeel.name } }],
    });
    const markt = await findStadsdeelForAddress("Markt", "192.0.2.2");
    expect(markt.status === "found" && markt.results.map((r) => r.stadsdeel?.name ?? null)).toEqual(["Centrum", null]);
    expect(await findStadsdeelForAddress("0000 XX", "192.0.2.2")).toEqual({ status: "none" });
  });

  it("falls back when the server is unreachable or switched off, and limits searches per source address", async () => {
    process.env.LOCATIESERVER_URL = "http://127.0.0.1:9/nowhere";
    expect(await findStadsdeelForAddress("6211 CR", "192.0.2.3")).toEqual({ status: "unavailable" });
    process.env.LOCATIESERVER_URL = "";
    expect(await findStadsdeelForAddress("6211 CR", "192.0.2.3")).toEqual({ status: "unavailable" });
    process.env.LOCATIESERVER_URL = fake.url;
    const before = fake.requests.length;
    for (let i = 3; i < ADDRESS_SEARCHES_PER_HOUR; i++) await findStadsdeelForAddress("6211 CR", "192.0.2.3");
    expect((await findStadsdeelForAddress("6211 CR", "192.0.2.3")).status).toBe("found"); // the 60th
    expect(await findStadsdeelForAddress("6211 CR", "192.0.2.3")).toEqual({ status: "too-many" });
    expect(fake.requests.length - before).toBe(ADDRESS_SEARCHES_PER_HOUR - 2); // the refused search asked nobody
    expect((await findStadsdeelForAddress("6211 CR", "192.0.2.4")).status).toBe("found"); // another address is not affected
    // the key is a hash: the address typed and the IP address are not stored
    const keys = await db.prisma.rateLimit.findMany({ where: { key: { startsWith: "addressSearch:" } } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((k) => k.key.includes("192.0.2"))).toBe(false);
  });

  it("reads points and the nearest address", async () => {
    expect(parsePoint("POINT(5.6915 50.8495)")).toEqual({ lng: 5.6915, lat: 50.8495 });
    expect(parsePoint("POLYGON((1 2))")).toBeNull();
    expect(await reverseAddress(50.8495, 5.6915)).toEqual({ ok: true, value: "Markt 78, 6211CR Maastricht" });
    expect(await reverseAddress(50.9, 5.7)).toEqual({ ok: true, value: null });
  });
});
