// One Signalen signal as the portal keeps it: its text, point, state and
// dates — and nothing of its reporter (e-mail, phone are never read). The
// state codes map to the portal's statuses; the category is kept as the
// sub category's path, which the beheerder maps to a portal category.
import type { MeldingStatus } from "../../generated/prisma/client.ts";

export type KeptSignal = {
  externalId: string;
  display: string | null;
  path: string;
  text: string;
  lng: number;
  lat: number;
  state: string;
  stateText: string | null;
  createdAt: string;
  updatedAt: string;
  stateAt: string | null;
};

/** Signalen's state codes (signals/apps/signals/workflow.py) → the portal's status. */
export function statusOf(state: string): MeldingStatus {
  if (state === "m") return "NIEUW";
  if (state === "o" || state === "s") return "AFGEHANDELD"; // gesplitst: the parent is done, its children carry the work
  if (state === "a") return "AFGEWEZEN";
  return "IN_BEHANDELING"; // i, b, h, ingepland, reopened, reactie- en extern-states
}

/** "https://host/signals/v1/public/terms/categories/wegen/sub_categories/gat" → the path from /signals/ on. */
export function categoryPath(url: string): string {
  const at = url.indexOf("/signals/");
  return (at >= 0 ? url.slice(at) : url).replace(/\/$/, "");
}

type Raw = {
  id?: unknown;
  id_display?: unknown;
  text?: unknown;
  updated_at?: unknown;
  created_at?: unknown;
  status?: { state?: unknown; text?: unknown; created_at?: unknown };
  category?: { category_url?: unknown; sub?: unknown };
  location?: { geometrie?: { type?: unknown; coordinates?: unknown } };
};

/** The kept part of a signal, or null when it lacks what the portal needs (id, point, category, dates). */
export function keepSignal(raw: unknown): KeptSignal | null {
  const r = raw as Raw;
  const coords = r.location?.geometrie?.coordinates;
  const url = typeof r.category?.category_url === "string" ? r.category.category_url : typeof r.category?.sub === "string" ? r.category.sub : null;
  if ((typeof r.id !== "number" && typeof r.id !== "string") || !Array.isArray(coords) || coords.length < 2 || !url) return null;
  if (typeof r.created_at !== "string" || typeof r.updated_at !== "string" || typeof r.status?.state !== "string") return null;
  const [lng, lat] = coords.map(Number);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  return {
    externalId: String(r.id),
    display: typeof r.id_display === "string" ? r.id_display : null,
    path: categoryPath(url),
    text: typeof r.text === "string" ? r.text.slice(0, 3000) : "",
    lng,
    lat,
    state: r.status.state,
    stateText: typeof r.status.text === "string" && r.status.text.trim() ? r.status.text.trim().slice(0, 2000) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    stateAt: typeof r.status.created_at === "string" ? r.status.created_at : null,
  };
}
