// How the portal authenticates to Signalen's private API: a static bearer
// token (a system account's), or OIDC client credentials — the portal asks
// the gemeente's identity provider (discovered from its issuer URL, with
// openid-client) for an access token and keeps it in memory until shortly
// before it expires. A 401 drops the kept token so the next call asks anew.
import * as oidc from "openid-client";

export type SignalenAuth = { authKind: string; token: string; issuerUrl: string | null; clientId: string | null };

/** The identity provider answered and refused (invalid_client, unauthorized_client, …): not worth retrying until fixed. */
export class SignalenAuthRefused extends Error {}

const kept = new Map<string, { accessToken: string; expiresAt: number }>();
const keyOf = (a: SignalenAuth) => `${a.issuerUrl}\u0000${a.clientId}\u0000${a.token}`;

async function clientCredentialsToken(auth: SignalenAuth): Promise<string> {
  const key = keyOf(auth);
  const hit = kept.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.accessToken;
  const issuer = new URL(auth.issuerUrl!);
  // plain http only for an identity provider on this machine (tests, a local Keycloak)
  const local = issuer.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(issuer.hostname);
  const config = await oidc.discovery(issuer, auth.clientId!, auth.token, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined);
  const response = await oidc.clientCredentialsGrant(config).catch((error: unknown) => {
    throw error instanceof oidc.ResponseBodyError ? new SignalenAuthRefused(error.error) : error;
  });
  const seconds = response.expiresIn() ?? 300;
  kept.set(key, { accessToken: response.access_token, expiresAt: Date.now() + Math.max(0, seconds - 30) * 1000 });
  return response.access_token;
}

/** The Authorization header for a request to Signalen. Throws when the identity provider refuses or cannot be reached. */
export async function signalenAuthorization(auth: SignalenAuth): Promise<string> {
  if (auth.authKind !== "oidc") return `Bearer ${auth.token}`;
  return `Bearer ${await clientCredentialsToken(auth)}`;
}

/** After a 401: forget the kept access token, so the next request asks the identity provider again. */
export function forgetSignalenToken(auth: SignalenAuth): void {
  kept.delete(keyOf(auth));
}
