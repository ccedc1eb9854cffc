// Runtime configuration read from the environment, with the defaults the
// README's configuration table documents. Server-side only values stay here;
// pages pass what the browser needs (map tiles) down as props.
export const config = {
  /** Basemap tiles (XYZ template). Default: PDOK BRT-Achtergrondkaart, EPSG:3857. */
  tileUrl:
    process.env.MAP_TILE_URL ??
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
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
