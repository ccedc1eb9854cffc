// Planning a bijeenkomst: only for those who may manage this stadsdeel (403 otherwise).
// A second line only: the page itself loads through the same scoped data
// function, so nothing leaks when a client navigation skips this layout.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";

export default async function NewBijeenkomstLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  await orRefuse(getStaffStadsdeelArea(user, (await params).slug, "manage"));
  return <>{children}</>;
}
