// A local stand-in for Signalen's private signals API (Signalen itself
// cannot run here), shaped after its list endpoint: GET
// /signals/v1/private/signals/ with Bearer auth, ordering=updated_at,
// updated_after (inclusive, as Signalen's filter), page/page_size and HAL
// _links.next; each signal with id, id_display, text, status{state,text,
// created_at}, category{category_url}, location{geometrie}, reporter{email,
// phone} and created_at/updated_at. Tests change signals, make a request
// fail, and count what was asked.
import { createServer, type Server } from "node:http";
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
};

export type SignalenFake = {
  url: string;
  signals: FakeSignal[];
  requests: URL[];
  /** The next request with this number (1-based, counted from now) answers 500. */
  failRequest: (n: number) => void;
  /** A state change as Signalen makes it: new state and text, updated_at moves on. */
  setState: (id: number, state: string, text: string) => void;
  close: () => Promise<void>;
};

export const REPORTER_DOMAIN = "melder.example";
export const categoryUrl = (main: string, sub: string) => `https://signalen.example/signals/v1/public/terms/categories/${main}/sub_categories/${sub}`;

export async function startSignalenFake(signals: FakeSignal[], token: string): Promise<SignalenFake> {
  const requests: URL[] = [];
  let failAt = 0;
  let clock = Date.parse(signals.at(-1)?.updatedAt ?? "2026-01-01T00:00:00Z");
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    requests.push(url);
    if (failAt && requests.length === failAt) {
      res.writeHead(500).end("boom");
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ detail: "Authentication credentials were not provided." }));
      return;
    }
    if (url.pathname !== "/signals/v1/private/signals/") {
      res.writeHead(404).end();
      return;
    }
    const after = url.searchParams.get("updated_after");
    const size = Number(url.searchParams.get("page_size") ?? 100);
    const page = Number(url.searchParams.get("page") ?? 1);
    const list = signals
      .filter((s) => !after || Date.parse(s.updatedAt) >= Date.parse(after))
      .sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || a.id - b.id);
    const slice = list.slice((page - 1) * size, page * size);
    const next = page * size < list.length ? new URL(url) : null;
    next?.searchParams.set("page", String(page + 1));
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        _links: { self: { href: url.toString() }, next: { href: next?.toString() ?? null }, previous: { href: null } },
        count: list.length,
        results: slice.map((s) => ({
          _links: { self: { href: `${url.origin}/signals/v1/private/signals/${s.id}` } },
          _display: `${s.id} - ${s.state}`,
          id: s.id,
          id_display: `SIG-${s.id}`,
          signal_id: `00000000-0000-4000-8000-${String(s.id).padStart(12, "0")}`,
          source: "online",
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
        })),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    signals,
    requests,
    failRequest: (n) => (failAt = requests.length + n),
    setState: (id, state, text) => {
      const s = signals.find((x) => x.id === id)!;
      clock += 60_000;
      Object.assign(s, { state, stateText: text, updatedAt: new Date(clock).toISOString() });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
