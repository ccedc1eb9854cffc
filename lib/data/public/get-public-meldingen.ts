// Public: how many meldingen came in from a stadsdeel's buurten over the last
// twelve whole months and this one — from the portal, Signalen and any other
// system alike — per month (with how many are closed by now) and per buurt
// (per 1,000 inhabitants where CBS figures are imported). Counts only, read
// from the dashboard's rollups; nothing about who reported what.
import "server-only";
import { prisma } from "@/lib/db";
import { amsterdamMonthStart, amsterdamYearMonth, continuousMonths } from "@/lib/datetime";
import { meldingenPerThousand } from "../dashboard/meldingen-per-thousand";
import { monthLabel } from "../dashboard/month-sql";

export async function getPublicMeldingen(stadsdeelId: string, now = new Date()) {
  const { y, m } = amsterdamYearMonth(now);
  const from = amsterdamMonthStart(y - 1, m);
  const to = amsterdamMonthStart(m === 11 ? y + 1 : y, (m + 1) % 12);
  const [months, buurten] = await Promise.all([
    prisma.$queryRaw<{ month: Date; n: bigint; closed: bigint }[]>`
      SELECT m.month::timestamp AS month, sum(m.n) AS n, sum(m.closed) AS closed FROM dashboard_melding_month_all m
      WHERE m."stadsdeelId" = ${stadsdeelId} AND m.month >= ${monthLabel(from)} AND m.month < ${monthLabel(to)} GROUP BY 1`,
    prisma.$queryRaw<{ code: string; name: string; n: bigint }[]>`
      SELECT b.code, b.name, coalesce(sum(m.n), 0) AS n FROM "Buurt" b
      LEFT JOIN dashboard_melding_buurt m ON m."buurtId" = b.id AND m.month >= ${monthLabel(from)} AND m.month < ${monthLabel(to)}
      WHERE b."stadsdeelId" = ${stadsdeelId} GROUP BY b.code, b.name`,
  ]);
  const trend = continuousMonths(from, to, now).map((month) => {
    const r = months.find((x) => x.month.getTime() === month.getTime());
    return { month, n: Number(r?.n ?? 0), closed: Number(r?.closed ?? 0) };
  });
  const perBuurt = await meldingenPerThousand(buurten.map((b) => ({ code: b.code, name: b.name, n: Number(b.n) })));
  return { from, total: trend.reduce((s, r) => s + r.n, 0), closed: trend.reduce((s, r) => s + r.closed, 0), trend, perBuurt };
}
