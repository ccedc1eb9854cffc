// A local stand-in for Signalen's private signals API (Signalen itself
// cannot run here), shaped after its documented endpoints:
// - GET /signals/v1/private/signals/ with Bearer auth, ordering=updated_at
//   or created_at, updated_after (inclusive, as Signalen's filter),
//   created_after/created_before, page/page_size and HAL _links.next;
// - GET /signals/v1/private/signals/{id} (the detail);
// - POST /signals/v1/private/signals/ (create: text, location.geometrie,
//   category.sub_category, reporter, incident_date_start, source — 400 on a
//   missing field, an unknown source or a point outside the bounding box
//   3.3,50.7,7.3,53.6 — 201 with id and id_display "SIG-n", state m);
// - optionally an OIDC identity provider at /oidc (discovery and a
//   client-credentials token endpoint) that hands out the accepted token.
// Each signal has id, id_display, text, status{state,text,created_at},
// category{category_url}, location{geometrie}, reporter{email,phone} and
// created_at/updated_at. Tests change signals, make a request fail, take
// the whole server down, and count what was asked.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeSignal = {
  id: number;
  text: string;
  state: string;
  stateText: string;
  category: string;
  lng: number;
  lat: number;
  createdAt: string;
  updatedAt: string;
  source?: string;
};

export type SignalenFake = {
  url: string;
  signals: FakeSignal[];
  requests: URL[];
  /** Bodies of the POSTs that created a signal, in order. */
  created: Record<string, unknown>[];
  /** How many client-credentials tokens the identity provider issued. */
  tokensIssued: () => number;
  /** The next request with this number (1-based, counted from now) answers 500. */
  failRequest: (n: number) => void;
  /** While down, every connection is cut before an answer (as a server that is away). */
  setDown: (down: boolean) => void;
  /** A state change as Signalen makes it: new state and text, updated_at moves on. */
  setState: (id: number, state: string, text: string) => void;
  close: () => Promise<void>;
};

export const REPORTER_DOMAIN = "melder.example";
export const FAKE_SOURCES = ["online", "Stadsdeelavond", "Telefoon – Adoptant"];
export const categoryUrl = (main: string, sub: string) => `https://signalen.example/signals/v1/public/terms/categories/${main}/sub_categories/${sub}`;

function asSignal(s: FakeSignal, origin: string) {
  return {
    _links: { self: { href: `${origin}/signals/v1/private/signals/${s.id}` } },
    _display: `${s.id} - ${s.state}`,
    id: s.id,
    id_display: `SIG-${s.id}`,
    signal_id: `00000000-0000-4000-8000-${String(s.id).padStart(12, "0")}`,
    source: s.source ?? "online",
    text: s.text,
    text_extra: "",
    status: { text: s.stateText, user: null, state: s.state, state_display: s.state, extra_properties: null, send_email: false, created_at: s.updatedAt },
    location: { stadsdeel: null, buurt_code: null, address_text: "", geometrie: { type: "Point", coordinates: [s.lng, s.lat] } },
    category: { sub: "Gat in de weg", sub_slug: "x", main: "Wegen", main_slug: "wegen", category_url: s.category, departments: "ASC" },
    reporter: { email: `melder${s.id}@${REPORTER_DOMAIN}`, phone: `06${String(s.id).padStart(8, "0")}`, sharing_allowed: false },
    priority: { priority: "normal" },
    type: { code: "SIG" },
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    incident_date_start: s.createdAt,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Why Signalen would refuse this create body, or null. */
function createError(body: Record<string, unknown>): string | null {
  const geo = (body.location as { geometrie?: { coordinates?: number[] } } | undefined)?.geometrie?.coordinates;
  const sub = (body.category as { sub_category?: unknown } | undefined)?.sub_category;
  if (typeof body.text !== "string" || !body.text) return "text: Dit veld is vereist.";
  if (!Array.isArray(geo) || geo.length !== 2) return "location: Dit veld is vereist.";
  const [lng, lat] = geo;
  if (lng < 3.3 || lng > 7.3 || lat < 50.7 || lat > 53.6) return "location: Location coordinates not within the bounding box.";
  if (typeof sub !== "string" || !sub.includes("/sub_categories/")) return "category: Ongeldige hyperlink.";
  if (typeof body.incident_date_start !== "string") return "incident_date_start: Dit veld is vereist.";
  if (!FAKE_SOURCES.includes(String(body.source))) return "source: Invalid source given.";
  return null;
}

export async function startSignalenFake(signals: FakeSignal[], token: string, oidc?: { clientId: string; clientSecret: string }): Promise<SignalenFake> {
  const requests: URL[] = [];
  const created: Record<string, unknown>[] = [];
  let failAt = 0;
  let down = false;
  let issued = 0;
  let clock = Date.parse(signals.at(-1)?.updatedAt ?? "2026-01-01T00:00:00Z");
  const tick = () => new Date((clock += 60_000)).toISOString();
  const server: Server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    requests.push(url);
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (failAt && requests.length === failAt) {
      res.writeHead(500).end("boom");
      return;
    }
    if (oidc && url.pathname === "/oidc/.well-known/openid-configuration") {
      json(200, {
        issuer: `${url.origin}/oidc`,
        token_endpoint: `${url.origin}/oidc/token`,
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        grant_types_supported: ["client_credentials"],
      });
      return;
    }
    if (oidc && url.pathname === "/oidc/token" && req.method === "POST") {
      const form = new URLSearchParams(await readBody(req));
      const basic = (req.headers.authorization ?? "").replace(/^Basic /, "");
      const [id, secret] = basic
        ? Buffer.from(basic, "base64").toString().split(":").map(decodeURIComponent)
        : [form.get("client_id"), form.get("client_secret")];
      if (form.get("grant_type") !== "client_credentials" || id !== oidc.clientId || secret !== oidc.clientSecret) {
        json(401, { error: "invalid_client" });
        return;
      }
      issued++;
      json(200, { access_token: token, token_type: "Bearer", expires_in: 300 });
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      json(401, { detail: "Authentication credentials were not provided." });
      return;
    }
    const detail = /^\/signals\/v1\/private\/signals\/(\d+)$/.exec(url.pathname);
    if (detail) {
      const s = signals.find((x) => x.id === Number(detail[1]));
      if (s) json(200, asSignal(s, url.origin));
      else json(404, { detail: "Niet gevonden." });
      return;
    }
    if (url.pathname !== "/signals/v1/private/signals/") {
      res.writeHead(404).end();
      return;
    }
    if (req.method === "POST") {
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const error = createError(body);
      if (error) {
        json(400, { detail: error });
        return;
      }
      created.push(body);
      const [lng, lat] = (body.location as { geometrie: { coordinates: number[] } }).geometrie.coordinates;
      const now = tick();
      const s: FakeSignal = {
        id: Math.max(0, ...signals.map((x) => x.id)) + 1,
        text: String(body.text),
        state: "m",
        stateText: "",
        lng,
        lat,
        createdAt: now,
        updatedAt: now,
        source: String(body.source),
        category: `https://signalen.example${(body.category as { sub_category: string }).sub_category}`,
      };
      signals.push(s);
      json(201, asSignal(s, url.origin));
      return;
    }
    const after = url.searchParams.get("updated_after");
    const createdAfter = url.searchParams.get("created_after");
    const createdBefore = url.searchParams.get("created_before");
    const byCreated = url.searchParams.get("ordering") === "created_at";
    const size = Number(url.searchParams.get("page_size") ?? 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const at = (s: FakeSignal) => Date.parse(byCreated ? s.createdAt : s.updatedAt);
    const list = signals
      .filter((s) => !after || Date.parse(s.updatedAt) >= Date.parse(after))
      .filter((s) => !createdAfter || Date.parse(s.createdAt) >= Date.parse(createdAfter))
      .filter((s) => !createdBefore || Date.parse(s.createdAt) <= Date.parse(createdBefore))
      .sort((a, b) => at(a) - at(b) || a.id - b.id);
    const slice = list.slice((page - 1) * size, page * size);
    const next = page * size < list.length ? new URL(url) : null;
    next?.searchParams.set("page", String(page + 1));
    json(200, {
      _links: { self: { href: url.toString() }, next: { href: next?.toString() ?? null }, previous: { href: null } },
      count: list.length,
      results: slice.map((s) => asSignal(s, url.origin)),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    signals,
    requests,
    created,
    tokensIssued: () => issued,
    failRequest: (n) => (failAt = requests.length + n),
    setDown: (d) => (down = d),
    setState: (id, state, text) => {
      const s = signals.find((x) => x.id === id)!;
      Object.assign(s, { state, stateText: text, updatedAt: tick() });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
