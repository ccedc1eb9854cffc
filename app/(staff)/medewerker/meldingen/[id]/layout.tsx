// Staff pages of one melding: for staff of its stadsdeel or its department.
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canViewStadsdeel, canWorkDepartment } from "@/lib/auth/permissions";
import { getMelding } from "@/lib/data/meldingen/get-melding";

export default async function MeldingLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const m = await getMelding((await params).id);
  if (!m) notFound();
  if (!canViewStadsdeel(user, m.stadsdeelId) && !canWorkDepartment(user, m.departmentId)) forbidden();
  return <>{children}</>;
}
