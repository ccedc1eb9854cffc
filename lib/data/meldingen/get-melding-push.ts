// Staff: whether and how a melding can go to the meldingen system — the
// Signalen category its portal category is mapped to, whether a connection
// is set up, and the state of an earlier push (waiting, failed with why).
// Read through getMelding, so the same scope refuses.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { PUSH_KIND } from "@/lib/signalen/push-signals";
import { getMelding } from "./get-melding";

export async function getMeldingPush(user: SessionUser, id: string) {
  const m = await getMelding(user, id);
  const [source, mapping, message] = await Promise.all([
    prisma.meldingSource.findUnique({ where: { id: "signalen" }, select: { sourceName: true } }),
    prisma.signalenCategory.findFirst({ where: { categoryId: m.categoryId }, orderBy: { path: "asc" }, select: { path: true } }),
    prisma.integrationMessage.findUnique({
      where: { kind_meldingId: { kind: PUSH_KIND, meldingId: m.id } },
      select: { status: true, lastError: true, attempts: true },
    }),
  ]);
  return {
    connected: source !== null,
    signalenCategory:
      mapping?.path
        .split("/")
        .slice(-3)
        .filter((p) => p !== "sub_categories")
        .join(" / ") ?? null,
    message,
  };
}
