// Staff pages of one inbreng: only for staff who may read its stadsdeel.
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canViewStadsdeel } from "@/lib/auth/permissions";
import { getInbreng } from "@/lib/data/inbreng/get-inbreng";

export default async function InbrengLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const inbreng = await getInbreng((await params).id);
  if (!inbreng) notFound();
  if (!canViewStadsdeel(user, inbreng.bijeenkomst.stadsdeelId)) forbidden();
  return <>{children}</>;
}
