// Benchmark of the registration as residents' browsers send it: a burst of
// simultaneous POSTs through HTTP to the public bijeenkomst page, calling
// the real server action the way React's client does (the Next-Action
// header with the id the page carries, the form encoded as encodeReply
// makes it, an RSC answer back), each from its own address (X-Forwarded-For
// through the trusted local proxy), for one bijeenkomst with `capacity`
// seats — and the check that exactly that many are confirmed.
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { percentile } from "./http.ts";

const decode = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&amp;", "&");

export async function benchRegistrationHttp(baseUrl: string, dbUrl: string, burst = 500, capacity = 50) {
  const prisma = createPrismaClient(dbUrl, { max: 2 });
  try {
    const sd = await prisma.stadsdeel.findFirstOrThrow({ include: { buurten: { take: 1 } } });
    const stamp = Date.now();
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const meeting = (title: string) =>
      prisma.bijeenkomst.create({
        data: {
          kind: "STADSDEELAVOND",
          title,
          stadsdeelId: sd.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 9e6),
          locationName: "Bench",
          address: "Bench 1",
          capacity,
          publishedAt: new Date(),
        },
      });
    const [warm, b] = [await meeting(`Bench-HTTP warm-up ${stamp}`), await meeting(`Bench-HTTP ${stamp}`)];
    const path = `/bijeenkomsten/${b.id}`;
    const html = await (await fetch(new URL(path, baseUrl))).text();
    const ref = /name="\$ACTION_1:0" value="([^"]+)"/.exec(html);
    if (!ref) throw new Error("the registration form's action reference was not found on the page");
    const actionId = (JSON.parse(decode(ref[1])) as { id: string }).id;
    const post = async (i: number, id = b.id) => {
      const body = new FormData();
      for (const [k, v] of Object.entries({
        bijeenkomstId: id,
        name: `Bench ${i}`,
        email: `http-${stamp}-${i}@voorbeeld.nl`,
        buurtId: sd.buurten[0].id,
        partySize: "1",
        consent: "on",
      }))
        body.append(`_1_${k}`, v);
      body.append("0", '[null,"$K1"]'); // (previous state, the form) — the root last, as encodeReply writes it
      const t = performance.now();
      const res = await fetch(new URL(path, baseUrl), {
        method: "POST",
        headers: { "Next-Action": actionId, Accept: "text/x-component", "X-Forwarded-For": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body,
      });
      const text = await res.text();
      const ms = performance.now() - t;
      const result = /^1:(.*)$/m.exec(text)?.[1];
      return { ms, ok: res.ok && !!result && (JSON.parse(result) as { ok: boolean }).ok, text };
    };
    // not counted, another meeting: a smaller burst first warms the action's path (a live server has served many
    // registrations before; the first burst on a fresh process also pays for compiling it)
    await Promise.all(Array.from({ length: Math.min(100, burst) }, (_, i) => post(1_000_000 + i, warm.id)));
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: burst }, (_, i) => post(i)));
    const elapsed = (performance.now() - t0) / 1000;
    const failed = results.filter((r) => !r.ok);
    if (failed.length) console.warn("first refusal:", failed[0].text.slice(0, 300));
    const times = results.map((r) => r.ms).sort((a, c) => a - c);
    const [confirmed, waitlisted] = await Promise.all(
      ["CONFIRMED", "WAITLISTED"].map((status) => prisma.registration.count({ where: { bijeenkomstId: b.id, status: status as "CONFIRMED" } })),
    );
    return { burst, errors: failed.length, confirmed, waitlisted, rate: burst / elapsed, p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await prisma.$disconnect();
  }
}
