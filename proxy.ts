// Runs before every page: gives the request a fresh CSP nonce (and the
// response its Content-Security-Policy and, on https, HSTS), and sends
// visitors without a staff session on staff pages to the login page early.
// The real access checks live in the data functions (lib/data/scope.ts).
import { withAuth } from "next-auth/middleware";
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, strictTransportSecurity } from "./lib/http/security-headers.ts";

const staffOnly = withAuth({ pages: { signIn: "/login" } });

function secure(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  if (request.nextUrl.pathname.startsWith("/medewerker")) {
    const refused = await (staffOnly as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response | undefined>)(request, event);
    if (refused) return secure(new NextResponse(refused.body, refused), csp);
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // pages only: not the static chunks and images, nor files by name (robots.txt, icon.svg, agenda.ics, gegevens.json …)
  // nor a server action's call from the page's script (Next-Action header): its answer is data, not a document, and
  // the action checks the user itself — a burst of registrations skips this step
  matcher: [{ source: "/((?!_next/static|_next/image|.*\\.[a-z0-9]+$).*)", missing: [{ type: "header", key: "next-action" }] }],
};
