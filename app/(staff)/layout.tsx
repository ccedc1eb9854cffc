// Every staff page needs a signed-in, active staff member, and carries the
// staff menu of that user's role.
import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff-nav";
import { requireUser } from "@/lib/auth/current-user";
import { staffMenu } from "@/lib/auth/staff-menu";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <StaffNav {...staffMenu(user)} />
      {children}
    </>
  );
}
