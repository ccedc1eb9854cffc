// SHA-256 as hex: for link tokens (only their hash is stored) and for the
// keys of rate-limit counters (no e-mail or IP address is stored).
import { createHash } from "node:crypto";

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
