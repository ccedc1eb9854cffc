// Pull: meldingen from Signalen into the portal, incrementally. Reads
// GET /signals/v1/private/signals/?ordering=updated_at&updated_after=<cursor>
// page by page (following _links.next) and, per page in one transaction,
// stores the signals (lib/signalen/store-signals.ts) and moves the cursor —
// so a pull stopped halfway resumes without loss or duplicates
// (updated_after is inclusive; a repeated row is an update). A backfill
// reads history by created_at windows of 30 days (created_after /
// created_before), its own cursor moving after each window's last page, so
// a large city's three years come in over a few runs without one giant
// list. 401/403 marks the source "niet verbonden" and stops until the
// beheerder fixes it; other failures are "fout" and the next run tries again.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { keepSignal, type KeptSignal } from "./map-signal.ts";
import { SignalenAuthRefused } from "./signalen-auth.ts";
import { signalenFetch, signalenUrl, type SignalenSource } from "./signalen-request.ts";
import { type Buurt, importWaiting, loadBuurten, type Mapping, mappings, store } from "./store-signals.ts";

export type PullReport = {
  pages: number;
  imported: number;
  waiting: number;
  outside: number;
  skipped: number;
  status: string;
  error: string | null;
  /** Where the backfill stands: the start of the next window, or null when there is none (left). */
  backfillAt: Date | null;
};

const WINDOW_DAYS = 30;
type Source = SignalenSource & {
  id: string;
  status: string;
  lastError: string | null;
  cursor: string | null;
  backfillCursor: Date | null;
  backfillUntil: Date | null;
};
type Page = { ok: true; kept: KeptSignal[]; skipped: number; next: string | null } | { ok: false; status: string; error: string };

async function readPage(source: Source, url: string): Promise<Page> {
  let res: Response;
  try {
    res = await signalenFetch(source, url);
  } catch (error) {
    if (error instanceof SignalenAuthRefused)
      return {
        ok: false,
        status: "niet verbonden",
        error: `De identity provider weigert het portaal (${error.message}). Controleer client-id en secret; tot dan wordt niet meer opgehaald.`,
      };
    return { ok: false, status: "fout", error: `Signalen is niet bereikbaar (${(error as Error).message}); de volgende ronde probeert het opnieuw.` };
  }
  if (res.status === 401 || res.status === 403)
    return {
      ok: false,
      status: "niet verbonden",
      error: `Signalen weigert de toegang (${res.status}). Controleer het token; tot dan wordt niet meer opgehaald.`,
    };
  if (!res.ok) return { ok: false, status: "fout", error: `Signalen antwoordde met status ${res.status}; de volgende ronde probeert het opnieuw.` };
  const body = (await res.json()) as { results?: unknown[]; _links?: { next?: { href?: string | null } | null } };
  const raw = Array.isArray(body.results) ? body.results : [];
  const kept = raw.map(keepSignal).filter((s): s is KeptSignal => s !== null);
  return { ok: true, kept, skipped: raw.length - kept.length, next: body._links?.next?.href ?? null };
}

function listUrl(source: Source, params: Record<string, string | null>): string {
  const url = signalenUrl(source, "/signals/v1/private/signals/");
  url.searchParams.set("page_size", "100");
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  return url.toString();
}

export async function pullSignals(prisma: PrismaClient, options: { maxPages?: number } = {}): Promise<PullReport | null> {
  const source: Source | null = await prisma.meldingSource.findUnique({ where: { id: "signalen" } });
  if (!source) return null;
  const report: PullReport = {
    pages: 0,
    imported: 0,
    waiting: 0,
    outside: 0,
    skipped: 0,
    status: source.status,
    error: source.lastError,
    backfillAt: source.backfillCursor,
  };
  if (source.status === "niet verbonden") return report;
  const maxPages = options.maxPages ?? Infinity;
  const [mapped, buurten] = await Promise.all([mappings(prisma), loadBuurten(prisma)]);
  report.imported += await importWaiting(prisma, buurten, mapped);

  /** Reads pages from `url` on; `commit` adds the caller's own write (a cursor) to each page's transaction. Returns false on a failure. */
  const follow = async (url: string | null, commit: (kept: KeptSignal[], last: boolean) => Record<string, unknown>): Promise<boolean> => {
    while (url && report.pages < maxPages) {
      const page = await readPage(source, url);
      if (!page.ok) {
        await prisma.meldingSource.update({ where: { id: source.id }, data: { status: page.status, lastError: page.error } });
        Object.assign(report, { status: page.status, error: page.error });
        return false;
      }
      const stored = await prisma.$transaction(async (tx) => {
        const r = await store(tx, page.kept, buurten as Buurt[], mapped as Map<string, Mapping>);
        await tx.meldingSource.update({
          where: { id: source.id },
          data: { ...commit(page.kept, !page.next), lastSyncAt: new Date(), status: "verbonden", lastError: null },
        });
        return r;
      });
      report.pages++;
      report.imported += stored.imported;
      report.waiting += stored.waiting;
      report.outside += stored.outside;
      report.skipped += page.skipped;
      Object.assign(report, { status: "verbonden", error: null });
      url = page.next;
    }
    return !url;
  };

  // incremental: everything changed since the cursor
  const incremental = await follow(listUrl(source, { ordering: "updated_at", updated_after: source.cursor }), (kept) => {
    source.cursor = kept.reduce<string | null>((max, s) => (max === null || Date.parse(s.updatedAt) > Date.parse(max) ? s.updatedAt : max), source.cursor);
    return { cursor: source.cursor };
  });
  if (!incremental) return report;

  // backfill: history by created_at windows; an empty window is one empty page, so every window ends in a commit
  while (source.backfillCursor && source.backfillUntil && report.pages < maxPages) {
    const from = source.backfillCursor;
    const to = new Date(Math.min(from.getTime() + WINDOW_DAYS * 86_400_000, source.backfillUntil.getTime()));
    const moved = to.getTime() >= source.backfillUntil.getTime() ? { backfillCursor: null, backfillUntil: null } : { backfillCursor: to };
    const ok = await follow(listUrl(source, { ordering: "created_at", created_after: from.toISOString(), created_before: to.toISOString() }), (_kept, last) =>
      last ? moved : {},
    );
    if (!ok) break;
    Object.assign(source, moved);
  }
  report.backfillAt = source.backfillCursor;
  return report;
}
