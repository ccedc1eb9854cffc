// Public: which stadsdeel a postcode or address lies in. The Locatieserver
// finds the place and its CBS buurtcode; our own buurten decide the
// stadsdeel (by code, else by point in polygon — the indeling is the
// municipality's, not PDOK's). Searches are counted per source address (60
// an hour, hashed key) because each one costs a call to PDOK; what was typed
// is neither logged nor stored.
import "server-only";
import { prisma } from "@/lib/db";
import { findContainingArea } from "@/lib/geo/geometry";
import { searchAddress } from "@/lib/geo/locatieserver";
import { sha256Hex } from "@/lib/hash";

const HOUR = 3_600_000;
export const ADDRESS_SEARCHES_PER_HOUR = 60;

export type AddressResult = { name: string; buurt: string; stadsdeel: { slug: string; name: string } | null };
export type AddressSearch = { status: "found"; results: AddressResult[] } | { status: "none" } | { status: "unavailable" } | { status: "too-many" };

export async function findStadsdeelForAddress(q: string, ip: string): Promise<AddressSearch> {
  const [{ hits }] = await prisma.$queryRaw<
    { hits: number }[]
  >`SELECT "rate_limit_hit"(${`addressSearch:${sha256Hex(ip)}`}, ${HOUR}::bigint, ${Date.now()}::bigint) AS hits`;
  if (hits > ADDRESS_SEARCHES_PER_HOUR) return { status: "too-many" };
  const found = await searchAddress(q);
  if (!found.ok) return { status: "unavailable" };
  if (found.value.length === 0) return { status: "none" };
  const codes = found.value.flatMap((h) => (h.buurtcode ? [h.buurtcode] : []));
  const byCode = await prisma.buurt.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, stadsdeel: { select: { slug: true, name: true } } },
  });
  let all: Awaited<ReturnType<typeof loadOutlines>> | null = null;
  const results: AddressResult[] = [];
  for (const hit of found.value) {
    const known = byCode.find((b) => b.code === hit.buurtcode);
    if (known) {
      results.push({ name: hit.name, buurt: known.name, stadsdeel: known.stadsdeel });
      continue;
    }
    all ??= await loadOutlines();
    const inside = findContainingArea(all, hit.lng, hit.lat);
    results.push({ name: hit.name, buurt: inside?.name ?? "", stadsdeel: inside?.stadsdeel ?? null });
  }
  return { status: "found", results };
}

function loadOutlines() {
  return prisma.buurt.findMany({
    select: { name: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true, stadsdeel: { select: { slug: true, name: true } } },
  });
}
