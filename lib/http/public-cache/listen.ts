// The connection that hears committed changes for the public page cache:
// LISTEN sdp_public, each notification's payload a tag (routes.ts). On a
// lost connection the cache is taken offline and emptied (notifications may
// have been missed) and the connection is made again, with a growing pause.
import pg from "pg";
import type { PublicPageCache } from "./page-cache.ts";

const PUBLIC_CHANNEL = "sdp_public";

export function listenForChanges(cache: PublicPageCache, databaseUrl: string, log: (m: string) => void = () => {}): { close(): Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  let pause = 500;

  async function connect() {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: "sdp-public-cache" });
    c.on("notification", (n) => {
      if (n.channel === PUBLIC_CHANNEL) cache.invalidate(n.payload ?? "*");
    });
    c.on("error", () => lost(c));
    c.on("end", () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_CHANNEL}`);
    } catch (error) {
      log(`public page cache: no connection (${(error as Error).message}); again in ${pause} ms`);
      void c.end().catch(() => {});
      retry();
      return;
    }
    if (closed) return void c.end();
    client = c;
    pause = 500;
    cache.invalidate("*"); // whatever changed while nobody listened
    // a failed round trip takes the cache offline (and the request renders) instead of failing the request
    cache.listener = {
      sync: () =>
        c.query("SELECT 1").then(
          () => undefined,
          () => lost(c),
        ),
    };
  }

  function lost(c: pg.Client) {
    if (client !== c) return;
    client = null;
    cache.listener = null;
    cache.invalidate("*");
    if (!closed) {
      log("public page cache: connection lost; the cache answers nothing until it is back");
      retry();
    }
  }

  function retry() {
    if (closed) return;
    setTimeout(() => void connect(), pause).unref();
    pause = Math.min(pause * 2, 30_000);
  }

  void connect();
  return {
    async close() {
      closed = true;
      cache.listener = null;
      await client?.end().catch(() => {});
    },
  };
}
