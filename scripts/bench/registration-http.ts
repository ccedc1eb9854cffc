// Benchmark of the registration as residents' browsers send it: a burst of
// simultaneous POSTs through HTTP to the public bijeenkomst page, calling
// the real server action the way React's client does (the Next-Action
// header with the id the page carries, the form encoded as encodeReply
// makes it, an RSC answer back), each from its own address (X-Forwarded-For
// through the trusted local proxy), for one bijeenkomst with `capacity`
// seats — and the check that exactly that many are confirmed. Its baseline
// is the same burst of GETs of the static file, each on its own connection.
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { percentile, sendRequest } from "./http.ts";

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
    // each browser encodes its own form (multipart, as React's client sends a form) before it posts: done up front here, so
    // the one machine that plays 500 browsers spends its time on the requests, not on building FormData bodies
    const boundary = "----sdpbench";
    const encode = (i: number, id: string) => {
      const fields: [string, string][] = Object.entries({
        bijeenkomstId: id,
        name: `Bench ${i}`,
        email: `http-${stamp}-${i}@voorbeeld.nl`,
        buurtId: sd.buurten[0].id,
        partySize: "1",
        consent: "on",
      }).map(([k, v]) => [`_1_${k}`, v]);
      fields.push(["0", '[null,"$K1"]']); // (previous state, the form) — the root last, as encodeReply writes it
      return fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
    };
    const post = async (i: number, id = b.id, body = encode(i, id)) => {
      const t = performance.now();
      const res = await sendRequest(new URL(path, baseUrl), {
        agent: false, // each resident's browser on a connection of its own
        body,
        headers: {
          "Next-Action": actionId,
          Accept: "text/x-component",
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          "X-Forwarded-For": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
      });
      const text = res.body.toString("utf8");
      const ms = performance.now() - t;
      const result = /^1:(.*)$/m.exec(text)?.[1];
      return { ms, ok: res.status === 200 && !!result && (JSON.parse(result) as { ok: boolean }).ok, text };
    };
    // not counted, another meeting: two bursts first bring the action's path to its steady state (a live server has
    // served many registrations before; a fresh process compiles and optimises the path over its first thousand or so)
    for (const round of [0, 1]) await Promise.all(Array.from({ length: burst }, (_, i) => post(1_000_000 + round * burst + i, warm.id)));
    // the baseline, the same way: a burst of as many GETs of the static file, each on its own connection
    const staticBurst = async () => {
      const t = performance.now();
      const times = await Promise.all(
        Array.from({ length: burst }, async () => {
          const s = performance.now();
          const res = await sendRequest(new URL("/robots.txt", baseUrl), { agent: false });
          if (res.status !== 200) throw new Error(`static file: ${res.status}`);
          return performance.now() - s;
        }),
      );
      times.sort((a, c) => a - c);
      return { rate: burst / ((performance.now() - t) / 1000), p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    await staticBurst(); // warm-up
    const staticFile = await staticBurst();
    const bodies = Array.from({ length: burst }, (_, i) => encode(i, b.id));
    const t0 = performance.now();
    const results = await Promise.all(bodies.map((body, i) => post(i, b.id, body)));
    const elapsed = (performance.now() - t0) / 1000;
    const failed = results.filter((r) => !r.ok);
    if (failed.length) console.warn("first refusal:", failed[0].text.slice(0, 300));
    const times = results.map((r) => r.ms).sort((a, c) => a - c);
    const [confirmed, waitlisted] = await Promise.all(
      ["CONFIRMED", "WAITLISTED"].map((status) => prisma.registration.count({ where: { bijeenkomstId: b.id, status: status as "CONFIRMED" } })),
    );
    return {
      burst,
      errors: failed.length,
      confirmed,
      waitlisted,
      rate: burst / elapsed,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      staticFile,
    };
  } finally {
    await prisma.$disconnect();
  }
}
