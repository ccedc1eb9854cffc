// Every staff page needs a signed-in, active staff member.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <>{children}</>;
}
