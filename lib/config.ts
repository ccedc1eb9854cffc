// Runtime configuration read from the environment, with the defaults the
// README's configuration table documents. Server-side only values stay here;
// pages pass what the browser needs (map tiles) down as props.
export const config = {
  /** Basemap tiles (XYZ template). Default: PDOK BRT-Achtergrondkaart, EPSG:3857. */
  tileUrl: process.env.MAP_TILE_URL ?? "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
  tileAttribution: process.env.MAP_TILE_ATTRIBUTION ?? "Kaartgegevens © Kadaster",
  areaAttribution: "Gebiedsindeling: Kadaster / Centraal Bureau voor de Statistiek",
  oidc: {
    issuer: process.env.OIDC_ISSUER,
    clientId: process.env.OIDC_CLIENT_ID,
    clientSecret: process.env.OIDC_CLIENT_SECRET,
    name: process.env.OIDC_NAME ?? "Gemeentelijk account (SSO)",
  },
} as const;

export function oidcEnabled(): boolean {
  return Boolean(config.oidc.issuer && config.oidc.clientId && config.oidc.clientSecret);
}

/**
 * The portal's own address (PUBLIC_URL, else NEXTAUTH_URL) for links in
 * mails and feeds — never the request's Host header, which a client chooses
 * (and which would end up in cached public answers).
 */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
