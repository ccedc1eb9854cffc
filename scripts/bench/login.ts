// Staff logins under load, through HTTP as a browser does them (next-auth's
// CSRF request, then the credentials callback: throttle check, argon2id
// verify, session cookie): one login alone, then N different accounts at
// the same moment.
import pg from "pg";
import { loginCookie } from "./dashboard.ts";
import { percentile } from "./http.ts";

async function staffEmails(dbUrl: string, n: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(`SELECT email FROM "User" WHERE active AND "passwordHash" IS NOT NULL ORDER BY email`);
    return Array.from({ length: n }, (_, i) => rows[i % rows.length].email);
  } finally {
    await client.end();
  }
}

async function timedLogin(baseUrl: string, email: string, password: string): Promise<number> {
  const t = performance.now();
  await loginCookie(baseUrl, email, password);
  return performance.now() - t;
}

export async function benchLogins(baseUrl: string, dbUrl: string, password: string, n: number) {
  const emails = await staffEmails(dbUrl, n);
  await timedLogin(baseUrl, emails[0], password); // warm-up
  const alone: number[] = [];
  for (let i = 0; i < 5; i++) alone.push(await timedLogin(baseUrl, emails[i % emails.length], password));
  const together = (await Promise.all(emails.map((e) => timedLogin(baseUrl, e, password)))).sort((a, b) => a - b);
  alone.sort((a, b) => a - b);
  return { n: emails.length, alone: percentile(alone, 50), p50: percentile(together, 50), p95: percentile(together, 95), max: together[together.length - 1] };
}
