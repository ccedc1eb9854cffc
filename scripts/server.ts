// The production web server: Next.js behind Node's own HTTP server, so the
// portal knows the TCP peer of every request. The peer's address goes into
// the `x-sdp-peer` header, replacing anything a client sent under that name;
// lib/http/client-ip.ts derives the client's address from it and the trusted
// proxies. Anonymous public pages are answered from the public page cache
// (lib/http/public-cache; PUBLIC_CACHE=off turns it off); server actions are
// taken on ACTION_CONCURRENCY at a time in order of arrival
// (lib/http/action-slots.ts), their small answers uncompressed. Started by
// scripts/start.ts; SIGTERM closes it.
import http from "node:http";
import path from "node:path";
import next from "next";
import { withActionSlots } from "../lib/http/action-slots.ts";
import { listenForChanges } from "../lib/http/public-cache/listen.ts";
import { PublicPageCache } from "../lib/http/public-cache/page-cache.ts";
import { withPublicCache } from "../lib/http/public-cache/serve.ts";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port });
await app.prepare();
const nextHandle = app.getRequestHandler();
const cacheOn = process.env.PUBLIC_CACHE !== "off" && Boolean(process.env.DATABASE_URL);
const cache = new PublicPageCache({
  maxBytes: Number(process.env.PUBLIC_CACHE_MB ?? 64) * 1e6,
  ttlMs: Number(process.env.PUBLIC_CACHE_TTL_SECONDS ?? 60) * 1000,
});
const listening = cacheOn ? listenForChanges(cache, process.env.DATABASE_URL!, (m) => console.log(`[server] ${m}`)) : null;
const handle = withActionSlots(cacheOn ? withPublicCache(nextHandle, cache) : nextHandle, {
  concurrency: Number(process.env.ACTION_CONCURRENCY ?? 16),
});

const server = http.createServer((req, res) => {
  req.headers["x-sdp-peer"] = req.socket.remoteAddress ?? "";
  Promise.resolve(handle(req, res)).catch((error: unknown) => {
    console.error(`[server] ${req.method} ${req.url?.split("?")[0]}:`, error); // no query string: it may hold a link's token
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => console.log(`[server] luistert op poort ${port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void Promise.all([listening?.close(), app.close()]).finally(() => process.exit(0));
  });
}
