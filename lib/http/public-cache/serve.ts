// The public page cache in front of Next.js's request handler (used by
// scripts/server.ts). A GET of a listed public route (routes.ts) by a
// visitor without a staff session, and not a client navigation's RSC
// request, is answered from the cache when it can be; otherwise Next renders
// it and a 200 without cookies is kept. Requests for a page that is being
// rendered wait for that render instead of starting their own. Every answer
// from the cache gets a fresh CSP nonce, in the header and wherever the
// render had put its own, so the page's script policy is as strict as a
// rendered page's (gzipped for clients that accept it: the page is
// compressed once, when stored, around the places of its nonce).
// The `X-Cache` header says HIT, MISS or BYPASS (not cached, never stored).
import type { IncomingMessage, ServerResponse } from "node:http";
import { type CachedResponse, deflateParts, gzipWithNonce, joinWithNonce, type PublicPageCache, splitAtNonce } from "./page-cache.ts";
import { cacheableRequest, type CacheableRequest } from "./routes.ts";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** What a cached public page tells browsers and proxies: store it if you like, but ask again every time. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/;
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-cache"]);
/** How long a request waits for someone else's render of the same page before rendering it itself. */
const WAIT_FOR_FILL_MS = 5_000;

function freshNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

function bypasses(req: IncomingMessage): boolean {
  return (
    req.method !== "GET" ||
    req.headers.rsc !== undefined ||
    req.headers["next-router-prefetch"] !== undefined ||
    req.headers["next-action"] !== undefined ||
    SESSION_COOKIE.test(req.headers.cookie ?? "")
  );
}

function serveHit(req: IncomingMessage, res: ServerResponse, hit: CachedResponse): void {
  const nonce = hit.nonce ? freshNonce() : "";
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? gzipWithNonce(hit.parts, hit.deflated, nonce) : joinWithNonce(hit.parts, nonce);
  res.statusCode = hit.status;
  for (const [name, value] of hit.headers) res.setHeader(name, hit.nonce ? value.replaceAll(hit.nonce, nonce) : value);
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  if (!/accept-encoding/i.test(String(res.getHeader("vary") ?? ""))) res.appendHeader("Vary", "Accept-Encoding");
  res.setHeader("Content-Length", body.length);
  res.setHeader("X-Cache", "HIT");
  res.end(body);
}

/** Lets Next answer `res` while keeping a copy of what it sends; stores it when it is a 200 without cookies. */
function renderAndStore(req: IncomingMessage, res: ServerResponse, handle: Handle, cache: PublicPageCache, cacheable: CacheableRequest): Promise<void> | void {
  const snapshot = cache.snapshot(cacheable.tags);
  delete req.headers["accept-encoding"]; // kept as sent: the nonce must stay findable in the body
  res.setHeader("X-Cache", "MISS");
  const chunks: Buffer[] = [];
  const { write, end, writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
    // a cookie makes an answer someone's own: then Next's "private, no-store" stands (and it is not stored here either)
    if ((this.statusCode === 200 || args[0] === 200) && !this.hasHeader("set-cookie")) this.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
    return writeHead.apply(this, args);
  } as typeof writeHead;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
    );
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof end;
  const done = cache.startFill(cacheable.key);
  res.once("close", done);
  res.once("finish", () => {
    if (res.statusCode === 200 && !res.hasHeader("set-cookie") && !res.getHeader("content-encoding")) {
      const headers: [string, string][] = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !NOT_STORED.has(name)) headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
      }
      const nonce = /'nonce-([^']+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1] ?? null;
      const parts = splitAtNonce(Buffer.concat(chunks), nonce);
      cache.store(cacheable.key, { status: 200, headers, parts, deflated: deflateParts(parts), nonce, tags: cacheable.tags }, snapshot);
    }
    done();
  });
  return handle(req, res);
}

export function withPublicCache(handle: Handle, cache: PublicPageCache): Handle {
  return async (req, res) => {
    const cacheable = bypasses(req) ? null : cacheableRequest(req.url ?? "/");
    if (!cacheable || !cache.online) {
      res.setHeader("X-Cache", "BYPASS");
      return handle(req, res);
    }
    await cache.sync();
    let hit = cache.get(cacheable.key);
    if (!hit && (await cache.fillOf(cacheable.key, WAIT_FOR_FILL_MS))) hit = cache.get(cacheable.key);
    if (hit) return serveHit(req, res, hit);
    return renderAndStore(req, res, handle, cache, cacheable);
  };
}
