// GET /api/health for monitoring: 200 with the database reachable, the
// worker's heartbeat age and the outbox backlog; 503 when the database is
// down. No personal data, no stack traces, never cached.
import { getHealth } from "@/lib/data/system/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
