// The Content-Security-Policy of every page, with a fresh nonce per request
// (Next.js puts it on its own scripts when it finds it in the request's CSP
// header), and HSTS when the portal's public URL is https. Scripts run only
// with the nonce ('strict-dynamic' lets them load the app's chunks); styles
// allow inline style attributes, which React, Leaflet and the charts set;
// images may come from the basemap's tile server; nothing may frame the portal.
import { config } from "../config.ts";

function tileOrigin(): string {
  try {
    return new URL(config.tileUrl.replace(/\{[a-z]+\}/g, "0")).origin;
  } catch {
    return "";
  }
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigin()}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS for an https portal (a year, subdomains included); none for http (development). */
export function strictTransportSecurity(publicUrl = process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? ""): string | null {
  return publicUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
