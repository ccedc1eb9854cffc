// Follows every link the portal offers from a start page, one visit per page
// shape (ids, numbers, tokens and stadsdeel names become ":id", so one
// meeting or stadsdeel stands for all), with the session of the request
// context. Returns the pages that answered HTML and those that refused or failed.
import type { APIRequestContext } from "@playwright/test";

const pattern = (path: string) =>
  path
    .split("?")[0]
    .split("/")
    .map((part, i, all) => (/^c[a-z0-9]{20,}$|^\d+$|^[A-Za-z0-9_-]{24,}$/.test(part) || all[i - 1] === "stadsdelen" ? ":id" : part))
    .join("/");

const skip = (path: string) => path.startsWith("/api/auth") || path.startsWith("/_next") || /\.(png|svg|ico|css|js)$/.test(path);

/** `within`: only pages under this path are visited (links elsewhere are not followed). */
export async function crawl(request: APIRequestContext, start: string, limit = 120, within = "/"): Promise<{ visited: string[]; dead: string[] }> {
  const queue = [start];
  const seen = new Set<string>([pattern(start)]);
  const dead: string[] = [];
  const visited: string[] = [];
  while (queue.length && visited.length + dead.length < limit) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() >= 400 || (response.status() >= 300 && (response.headers().location ?? "").includes("/login"))) {
      dead.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    visited.push(path);
    const html = await response.text();
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"#]+)[^"]*"/g)) {
      const url = new URL(href.replaceAll("&amp;", "&"), "http://localhost");
      if (url.host !== "localhost" || skip(url.pathname) || !url.pathname.startsWith(within)) continue;
      const key = pattern(url.pathname);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(url.pathname + url.search);
    }
  }
  return { visited, dead };
}
