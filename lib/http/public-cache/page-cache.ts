// The public page cache's store: finished responses of anonymous public
// pages (see routes.ts), kept in this server process (least recently used
// go first past PUBLIC_CACHE_MB; every entry at most PUBLIC_CACHE_TTL_SECONDS
// old, for what changes with the clock alone — a bijeenkomst that started).
// An entry is dropped when a change to one of its tags is committed: the
// database triggers NOTIFY on channel `sdp_public` whoever writes (a server
// action, the worker, an import, psql), and `sync()` — one round trip on
// the listening connection — delivers every notification committed before
// it, so a request that syncs first never gets an answer older than the
// last commit before it arrived. While that connection is down nothing is
// served from the cache.
import { constants, crc32, deflateRawSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import type { PublicTag } from "./routes.ts";

export type CachedResponse = {
  status: number;
  headers: [string, string][];
  /** the body split where the nonce of the render stood; served joined with a fresh one */
  parts: Buffer[];
  /** the same parts, each deflated on its own (see gzipWithNonce) */
  deflated: Buffer[];
  nonce: string | null;
  tags: readonly PublicTag[];
};

export type Listener = { sync(): Promise<void> };

export class PublicPageCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly generations = new Map<string, number>();
  private everything = 0;
  private inflight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** pages being rendered now, and when they are done */
  private readonly fills = new Map<string, Promise<void>>();
  listener: Listener | null = null;

  constructor(options: { maxBytes: number; ttlMs: number }) {
    this.entries = new LRUCache({
      maxSize: options.maxBytes,
      ttl: options.ttlMs,
      sizeCalculation: (e) => [...e.parts, ...e.deflated].reduce((n, p) => n + p.length, 0) + 1024,
    });
  }

  /** Whether the cache may answer: only while the change notifications arrive. */
  get online(): boolean {
    return this.listener !== null;
  }

  get(key: string): CachedResponse | undefined {
    return this.online ? this.entries.get(key) : undefined;
  }

  /** The generation of these tags now; `store` refuses an answer rendered before a later change. */
  snapshot(tags: readonly PublicTag[]): string {
    return [this.everything, ...tags.map((t) => this.generations.get(t) ?? 0)].join(",");
  }

  store(key: string, response: CachedResponse, snapshot: string): boolean {
    if (!this.online || this.snapshot(response.tags) !== snapshot) return false;
    this.entries.set(key, response);
    return true;
  }

  /** Marks `key` as being rendered; call the returned function when the render has ended (stored or not). */
  startFill(key: string): () => void {
    let end!: () => void;
    const filled = new Promise<void>((resolve) => (end = resolve));
    this.fills.set(key, filled);
    return () => {
      if (this.fills.get(key) === filled) this.fills.delete(key);
      end();
    };
  }

  /** Waits (at most `ms`) for a render of `key` under way; false when there was none. */
  async fillOf(key: string, ms: number): Promise<boolean> {
    const filling = this.fills.get(key);
    if (!filling) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([filling, new Promise((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
    return true;
  }

  /** A committed change of this kind (`*`: anything, e.g. after the listener reconnected). */
  invalidate(tag: string): void {
    if (tag === "*") {
      this.everything++;
      this.entries.clear();
      return;
    }
    this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    const stale: string[] = [];
    this.entries.forEach((e, key) => {
      if (e.tags.includes(tag as PublicTag)) stale.push(key);
    });
    for (const key of stale) this.entries.delete(key);
  }

  /**
   * Resolves once every change committed before this call has been applied.
   * Concurrent callers share round trips: one already on its way may have
   * started before a caller arrived, so a caller waits for the next one.
   */
  sync(): Promise<void> {
    const listener = this.listener;
    if (!listener) return Promise.resolve();
    if (!this.inflight) {
      this.inflight = listener.sync().finally(() => {
        this.inflight = null;
      });
      return this.inflight;
    }
    this.queued ??= this.inflight.then(() => {
      this.queued = null;
      return this.sync();
    });
    return this.queued;
  }
}

/** The body split at every occurrence of the render's nonce. */
export function splitAtNonce(body: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** The cached body with `nonce` where the render's nonce stood. */
export function joinWithNonce(parts: Buffer[], nonce: string): Buffer {
  if (parts.length === 1) return parts[0];
  const n = Buffer.from(nonce);
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(n);
    out.push(p);
  });
  return Buffer.concat(out);
}

/**
 * Each part deflated on its own, ending on a byte boundary (a full flush)
 * and only the last one final — so a gzip answer can be put together per
 * request around a fresh nonce without compressing the page again.
 */
export function deflateParts(parts: Buffer[]): Buffer[] {
  return parts.map((p, i) => deflateRawSync(p, { level: 6, finishFlush: i === parts.length - 1 ? constants.Z_FINISH : constants.Z_FULL_FLUSH }));
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A gzip body of the parts joined with `nonce`: the deflated parts with the
 * nonce between them as stored (uncompressed) deflate blocks, and the
 * trailer's CRC-32 and length of the whole page.
 */
export function gzipWithNonce(parts: Buffer[], deflated: Buffer[], nonce: string): Buffer {
  const n = Buffer.from(nonce);
  const stored = Buffer.concat([Buffer.from([0, n.length & 0xff, n.length >> 8, ~n.length & 0xff, (~n.length >> 8) & 0xff]), n]);
  const out: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.push(stored);
      crc = crc32(n, crc);
      length += n.length;
    }
    out.push(deflated[i]);
    crc = crc32(p, crc);
    length += p.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  out.push(trailer);
  return Buffer.concat(out);
}
