// Benchmark of the registration module: a burst of simultaneous
// registrations for one bijeenkomst (the public action's own time, in
// process), against raw INSERTs of the same rows into the same database at
// the same concurrency — and the check that exactly `capacity` are confirmed.
import pg from "pg";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { percentile } from "./http.ts";

export async function benchRegistrationBurst(url: string, burst = 500, capacity = 50) {
  const prisma = createPrismaClient(url, { max: 20 });
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  try {
    const sd = await prisma.stadsdeel.findFirstOrThrow({ include: { buurten: { take: 1 } } });
    const stamp = Date.now();
    const b = await prisma.bijeenkomst.create({
      data: {
        kind: "STADSDEELAVOND",
        title: `Bench-burst ${stamp}`,
        stadsdeelId: sd.id,
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 9e6),
        locationName: "Bench",
        address: "Bench 1",
        capacity,
      },
    });
    const times: number[] = [];
    const t0 = performance.now();
    const results = await Promise.all(
      Array.from({ length: burst }, async (_, i) => {
        const t = performance.now();
        const r = await registerAction.run(
          { bijeenkomstId: b.id, name: `Bench ${i}`, email: `bench-${stamp}-${i}@voorbeeld.nl`, buurtId: sd.buurten[0].id, partySize: "1", consent: "on" },
          prisma,
          `bench-${stamp}-${i}`, // many residents, many addresses
        );
        times.push(performance.now() - t);
        return r;
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const errors = results.filter((r) => !r.ok).length;
    if (errors) console.warn("first refusal:", JSON.stringify(results.find((r) => !r.ok)));
    const confirmed = await prisma.registration.count({ where: { bijeenkomstId: b.id, status: "CONFIRMED" } });
    const waitlisted = await prisma.registration.count({ where: { bijeenkomstId: b.id, status: "WAITLISTED" } });

    // Baseline: the same number of participant + registration rows by raw INSERT, same concurrency.
    const rawTimes: number[] = [];
    const r0 = performance.now();
    await Promise.all(
      Array.from({ length: burst }, async (_, i) => {
        const t = performance.now();
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          await client.query(`INSERT INTO "Participant" (id, name, email, "updatedAt") VALUES ($1, $2, $3, now())`, [
            `raw-${stamp}-${i}`,
            `Raw ${i}`,
            `raw-${stamp}-${i}@voorbeeld.nl`,
          ]);
          await client.query(
            `INSERT INTO "Registration" (id, "participantId", "bijeenkomstId", status, "updatedAt") VALUES ($1, $2, $3, 'WAITLISTED', now())`,
            [`raw-${stamp}-${i}`, `raw-${stamp}-${i}`, b.id],
          );
          await client.query("COMMIT");
        } finally {
          client.release();
        }
        rawTimes.push(performance.now() - t);
      }),
    );
    const rawElapsed = (performance.now() - r0) / 1000;
    times.sort((a, c) => a - c);
    rawTimes.sort((a, c) => a - c);
    return {
      burst,
      capacity,
      errors,
      confirmed,
      waitlisted,
      rate: burst / elapsed,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      rawRate: burst / rawElapsed,
      rawP95: percentile(rawTimes, 95),
    };
  } finally {
    await pool.end();
    await prisma.$disconnect();
  }
}
