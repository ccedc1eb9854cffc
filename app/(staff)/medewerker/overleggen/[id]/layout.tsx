// Staff pages of one overleg: refused (403/404) before the page streams when it lies outside the user's scope.
// A second line only: every page below loads through the same scoped data
// function, so nothing leaks when a client navigation skips this layout.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getOverleg } from "@/lib/data/overleggen/get-overleg";

export default async function OverlegLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  await orRefuse(getOverleg(user, (await params).id));
  return <>{children}</>;
}
