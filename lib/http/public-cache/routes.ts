// Which requests the public page cache may answer, under which key, and
// which kinds of change make the answer stale. Only anonymous, public,
// token-free pages are listed; a query parameter a route does not list (a
// verslag's staff link `t`, anything unknown) sends the request past the
// cache, so a link that carries a secret is never stored or served from it.
// The tags are the payloads the database triggers send on channel
// `sdp_public` (migration public_cache_notify).

export const PUBLIC_TAGS = [
  "gemeente",
  "gebied",
  "catalogus",
  "bijeenkomst",
  "inbreng",
  "verslag",
  "agenda",
  "meldingen",
  "cijfers",
  "programma",
  "documenten",
] as const;
export type PublicTag = (typeof PUBLIC_TAGS)[number];

type Route = { pattern: RegExp; params: readonly string[]; tags: readonly PublicTag[] };

// every page shows the gemeente's name (and the demo banner) in its layout
const page = (params: readonly string[], tags: readonly PublicTag[]): Omit<Route, "pattern"> => ({ params, tags: ["gemeente", ...tags] });
const inbrengFilters = ["soort", "thema", "status", "buurt"] as const;

const ROUTES: Route[] = [
  { pattern: /^\/$/, ...page([], ["gebied", "bijeenkomst"]) },
  { pattern: /^\/bijeenkomsten$/, ...page(["stadsdeel"], ["gebied", "bijeenkomst"]) },
  { pattern: /^\/bijeenkomsten\/[\w-]+$/, ...page([], ["gebied", "catalogus", "bijeenkomst", "verslag"]) },
  { pattern: /^\/bijeenkomsten\/[\w-]+\/agenda\.ics$/, params: [], tags: ["gemeente", "gebied", "bijeenkomst"] },
  {
    pattern: /^\/stadsdelen\/[\w-]+$/,
    ...page([...inbrengFilters, "pagina"], ["gebied", "catalogus", "bijeenkomst", "inbreng", "verslag", "agenda", "meldingen"]),
  },
  {
    pattern: /^\/stadsdelen\/[\w-]+\/agenda$/,
    ...page(["soort", "thema", "afdeling", "status", "buurt", "wijk", "weergave"], ["gebied", "catalogus", "agenda", "programma"]),
  },
  { pattern: /^\/stadsdelen\/[\w-]+\/agenda\.ics$/, params: [], tags: ["gemeente", "gebied", "agenda", "bijeenkomst"] },
  { pattern: /^\/stadsdelen\/[\w-]+\/inbreng-kaart$/, params: [...inbrengFilters, "z", "bbox"], tags: ["gebied", "inbreng"] },
  { pattern: /^\/stadsdelen\/[\w-]+\/kaart$/, ...page([], ["gebied"]) },
  { pattern: /^\/stadsdelen\/[\w-]+\/cijfers$/, ...page(["indicator"], ["gebied", "cijfers", "documenten"]) },
  { pattern: /^\/stadsdelen\/[\w-]+\/cijfers\.csv$/, params: ["indicator"], tags: ["gemeente", "gebied", "cijfers"] },
  { pattern: /^\/stadsdelen\/[\w-]+\/programma$/, ...page([], ["gebied", "catalogus", "programma", "agenda", "cijfers", "bijeenkomst", "meldingen"]) },
  { pattern: /^\/focusgebieden\/[\w-]+$/, ...page([], ["gebied", "programma", "agenda", "cijfers"]) },
  { pattern: /^\/verslagen\/[\w-]+$/, ...page(["versie"], ["gebied", "catalogus", "bijeenkomst", "inbreng", "verslag", "agenda"]) },
  { pattern: /^\/privacy$/, ...page([], []) },
  { pattern: /^\/toegankelijkheid$/, ...page([], []) },
];

export type CacheableRequest = { key: string; tags: readonly PublicTag[] };

/**
 * The cache key and tags for a GET of `url` (path and query), or null when
 * the cache must not answer it: an unlisted route or a parameter the route
 * does not list. The key sorts the parameters, so `?a=1&b=2` and `?b=2&a=1`
 * share an entry.
 */
export function cacheableRequest(url: string): CacheableRequest | null {
  if (!url.startsWith("/") || url.startsWith("//")) return null; // only a plain path (never a host or a scheme-relative URL)
  const parsed = new URL(url, "http://x");
  const route = ROUTES.find((r) => r.pattern.test(parsed.pathname));
  if (!route) return null;
  const entries = [...parsed.searchParams.entries()];
  if (entries.some(([name]) => !route.params.includes(name))) return null;
  entries.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(entries).toString();
  return { key: query ? `${parsed.pathname}?${query}` : parsed.pathname, tags: route.tags };
}
