// Public: every buurt with its stadsdeel, by name — the choices of the
// registration form's "uw buurt".
import "server-only";
import { prisma } from "@/lib/db";

export function listBuurten() {
  return prisma.buurt.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, stadsdeel: { select: { name: true } } } });
}
