// Password hashing for staff accounts: argon2id through a native, prebuilt
// binding (@node-rs/argon2), which runs on libuv's thread pool instead of
// blocking the web server's JavaScript thread (bcryptjs at cost 12 made four
// simultaneous logins take half a minute). Parameters: OWASP's minimum for
// argon2id (19 MiB, 2 passes, 1 lane). Hashes made by the earlier bcrypt
// version still verify, and are replaced by an argon2id hash at that login.
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** A hash of nothing anyone knows, checked when the account does not exist, so a missing account takes as long as a wrong password. */
let dummy: Promise<string> | null = null;

export type PasswordCheck = { ok: boolean; rehash: string | null };

/** Checks a password against a stored hash; `rehash` is the argon2id hash to store when the stored one is an old bcrypt hash. */
export async function checkPassword(plain: string, stored: string | null): Promise<PasswordCheck> {
  if (!stored) {
    dummy ??= hashPassword(`geen account ${Math.random()}`);
    await verify(await dummy, plain).catch(() => false);
    return { ok: false, rehash: null };
  }
  if (stored.startsWith("$argon2")) return { ok: await verify(stored, plain).catch(() => false), rehash: null };
  if (/^\$2[aby]\$/.test(stored) && (await bcrypt.compare(plain, stored))) return { ok: true, rehash: await hashPassword(plain) };
  return { ok: false, rehash: null };
}
