// One request to Signalen's private API with the source's authentication
// (lib/signalen/signalen-auth.ts). With OIDC a 401 may mean the kept access
// token was revoked early: the token is dropped and the request tried once
// more with a fresh one. Network and identity-provider failures throw.
import { forgetSignalenToken, signalenAuthorization, type SignalenAuth } from "./signalen-auth.ts";

export type SignalenSource = SignalenAuth & { baseUrl: string; sourceName: string };

/** A path under the base URL (e.g. "/signals/v1/private/signals/") or a full URL from a _links.next. */
export function signalenUrl(source: { baseUrl: string }, path: string): URL {
  return new URL(path.startsWith("http") ? path : `${source.baseUrl.replace(/\/$/, "")}${path}`);
}

export async function signalenFetch(source: SignalenSource, url: URL | string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const send = async () =>
    fetch(url, {
      method: init.method ?? "GET",
      headers: { authorization: await signalenAuthorization(source), accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
  const res = await send();
  if (res.status !== 401 || source.authKind !== "oidc") return res;
  forgetSignalenToken(source);
  return send();
}
