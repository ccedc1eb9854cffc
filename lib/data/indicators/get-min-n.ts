// The gemeente's minimum n: values resting on fewer respondents or
// inhabitants are not shown (default 10 before the gemeente is set up).
import "server-only";
import { prisma } from "@/lib/db";

export async function getMinN(): Promise<number> {
  return (await prisma.gemeente.findUnique({ where: { id: "gemeente" }, select: { minN: true } }))?.minN ?? 10;
}
