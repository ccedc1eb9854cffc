// For GET /api/health: can the database be reached, how old is the worker's
// heartbeat, how many mails wait or failed. Counts only: no personal data.
import "server-only";
import { prisma } from "@/lib/db";

export type Health = {
  ok: boolean;
  database: "ok" | "onbereikbaar";
  workerHeartbeatAgeSeconds: number | null;
  outbox: { pending: number; failed: number } | null;
};

export async function getHealth(): Promise<Health> {
  try {
    const [beat, pending, failed] = await Promise.all([
      prisma.workerHeartbeat.findFirst({ orderBy: { beatAt: "desc" }, select: { beatAt: true } }),
      prisma.outboxMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
      prisma.outboxMessage.count({ where: { status: "FAILED" } }),
    ]);
    return {
      ok: true,
      database: "ok",
      workerHeartbeatAgeSeconds: beat ? Math.round((Date.now() - beat.beatAt.getTime()) / 1000) : null,
      outbox: { pending, failed },
    };
  } catch {
    return { ok: false, database: "onbereikbaar", workerHeartbeatAgeSeconds: null, outbox: null };
  }
}
