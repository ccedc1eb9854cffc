// The client's IP address, for rate limits, from what a client cannot forge:
// the TCP peer, which our web server (scripts/server.ts) writes into the
// `x-sdp-peer` header over anything a client sent. Only when that peer is a
// configured trusted proxy (TRUSTED_PROXIES: addresses or CIDR ranges,
// comma-separated; none by default) is `X-Forwarded-For` read, from the
// right: the right-most address that is not a trusted proxy is the client.
// Every address is validated and the header is read bounded, so a client
// never chooses its own rate-limit key nor makes it arbitrarily long.
import { BlockList, isIP } from "node:net";

const MAX_HEADER = 1000;
const MAX_HOPS = 10;

/** A valid IP address in canonical form (IPv4-mapped IPv6 as IPv4), or null. */
export function normaliseIp(value: string | null | undefined): string | null {
  let v = (value ?? "").trim();
  if (v.length === 0 || v.length > 64) return null;
  if (v.startsWith("[") && v.includes("]")) v = v.slice(1, v.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(v)) v = v.slice(7);
  const kind = isIP(v);
  return kind === 0 ? null : kind === 6 ? v.toLowerCase() : v;
}

/** TRUSTED_PROXIES parsed into a BlockList; invalid entries are refused at start. */
export function parseTrustedProxies(spec: string): BlockList {
  const list = new BlockList();
  for (const raw of spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, bits] = raw.split("/");
    const ip = normaliseIp(address);
    if (!ip) throw new Error(`TRUSTED_PROXIES: "${raw}" is geen IP-adres of bereik`);
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  return list;
}

let configured: BlockList | null = null;
const trustedFromEnv = () => (configured ??= parseTrustedProxies(process.env.TRUSTED_PROXIES ?? ""));

const isTrusted = (list: BlockList, ip: string) => list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");

/**
 * The client address for these request headers. Without the peer header
 * (`next dev`, which runs without scripts/server.ts) the key is "unknown":
 * never a value the client chose.
 */
export function clientIp(headers: Pick<Headers, "get">, trusted: BlockList = trustedFromEnv()): string {
  const peer = normaliseIp(headers.get("x-sdp-peer"));
  if (!peer) return "unknown";
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").slice(-MAX_HEADER).split(",").slice(-MAX_HOPS);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = normaliseIp(hops[i]);
    if (!ip) break; // garbage from the client side: the last good hop is the answer
    client = ip;
    if (!isTrusted(trusted, ip)) break;
  }
  return client;
}
