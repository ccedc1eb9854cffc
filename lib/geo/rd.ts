// Rijksdriehoeksmeting (RD New, EPSG:28992) → WGS84 longitude/latitude, the
// coordinates Dutch municipal systems export, through proj4 with the
// datum shift to ETRS89/WGS84 (accurate to about a metre, enough to find a
// buurt).
import proj4 from "proj4";

/** RD New (EPSG:28992) as a proj4 definition, with the datum shift to WGS84. */
export const RD_NEW =
  "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs";

/** RD x/y in metres (within the Netherlands' box) → { lng, lat }, or null outside it. */
export function rdToWgs84(x: number, y: number): { lng: number; lat: number } | null {
  if (!(x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000)) return null;
  const [lng, lat] = proj4(RD_NEW, "WGS84", [x, y]);
  return { lng, lat };
}
