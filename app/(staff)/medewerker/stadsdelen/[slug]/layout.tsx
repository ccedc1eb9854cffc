// Staff pages of one stadsdeel: refused (403/404) before the page streams when it lies outside the user's scope.
// A second line only: the page itself loads through the same scoped data
// function, so nothing leaks when a client navigation skips this layout.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";

export default async function StaffStadsdeelLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  await orRefuse(getStaffStadsdeelArea(user, (await params).slug));
  return <>{children}</>;
}
