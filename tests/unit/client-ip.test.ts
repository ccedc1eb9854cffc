// The client address for rate limits: the TCP peer unless it is a trusted
// proxy; then X-Forwarded-For from the right, validated and bounded.
import { describe, expect, it } from "vitest";
import { clientIp, normaliseIp, parseTrustedProxies } from "../../lib/http/client-ip.ts";

const h = (o: Record<string, string>) => new Headers(o);
const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, ::1, 127.0.0.1");

describe("clientIp", () => {
  it("without trusted proxies uses the peer and ignores a spoofed X-Forwarded-For", () => {
    expect(clientIp(h({ "x-sdp-peer": "198.51.100.7", "x-forwarded-for": "1.2.3.4" }), none)).toBe("198.51.100.7");
    expect(clientIp(h({ "x-sdp-peer": "::ffff:198.51.100.7" }), none)).toBe("198.51.100.7");
  });
  it("behind trusted proxies takes the right-most untrusted address, never the left-most the client wrote", () => {
    expect(clientIp(h({ "x-sdp-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), proxies)).toBe("203.0.113.9");
    expect(clientIp(h({ "x-sdp-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.3" }), proxies)).toBe("203.0.113.9");
  });
  it("stops at garbage and bounds the header", () => {
    expect(clientIp(h({ "x-sdp-peer": "10.0.0.2", "x-forwarded-for": `203.0.113.9, ${"x".repeat(5000)}` }), proxies)).toBe("10.0.0.2");
    expect(clientIp(h({ "x-sdp-peer": "10.0.0.2", "x-forwarded-for": "not-an-ip" }), proxies)).toBe("10.0.0.2");
    const long = `${Array.from({ length: 5000 }, (_, i) => `6.6.${i % 250}.1`).join(", ")}, 203.0.113.9`;
    expect(clientIp(h({ "x-sdp-peer": "127.0.0.1", "x-forwarded-for": long }), proxies)).toBe("203.0.113.9");
  });
  it("without a peer (a client-chosen value is never used) the key is 'unknown'", () => {
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4" }), none)).toBe("unknown");
  });
  it("validates addresses and refuses a bad TRUSTED_PROXIES entry", () => {
    expect(normaliseIp("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseIp("999.1.1.1")).toBeNull();
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(/proxy.example/);
  });
});
