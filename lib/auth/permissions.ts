// The one authorisation module: pure rules over the signed-in staff user.
// Deny by default: every function answers "no" unless a rule says yes.
// Pages and server actions call these; hiding a button is never the check.
import type { Role } from "../../generated/prisma/enums.ts";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  /** Stadsdelen a stadsdeelregisseur works in. */
  stadsdeelIds: string[];
  /** A wethouder's own stadsdeel, shown first. */
  wethouderStadsdeelId: string | null;
  /** A partner's organisation. */
  organisationId: string | null;
};

export const roleLabels: Record<Role, string> = {
  BEHEERDER: "Beheerder",
  STADSDEELREGISSEUR: "Stadsdeelregisseur",
  AFDELINGSMEDEWERKER: "Afdelingsmedewerker",
  WETHOUDER: "Wethouder",
  PARTNER: "Partner (stadsdeeltafel)",
};

/** May see the staff pages of this stadsdeel (read). */
export function canViewStadsdeel(user: SessionUser | null, stadsdeelId: string): boolean {
  if (!user) return false;
  switch (user.role) {
    case "BEHEERDER":
    case "WETHOUDER":
      return true;
    case "STADSDEELREGISSEUR":
      return user.stadsdeelIds.includes(stadsdeelId);
    default:
      return false;
  }
}

/** May change things in this stadsdeel: meetings, inbreng, verslagen, agenda. */
export function canManageStadsdeel(user: SessionUser | null, stadsdeelId: string): boolean {
  if (!user) return false;
  if (user.role === "BEHEERDER") return true;
  return user.role === "STADSDEELREGISSEUR" && user.stadsdeelIds.includes(stadsdeelId);
}

/** May work (take, answer, close) meldingen routed to this department. */
export function canWorkDepartment(user: SessionUser | null, departmentId: string): boolean {
  if (!user) return false;
  if (user.role === "BEHEERDER") return true;
  return user.role === "AFDELINGSMEDEWERKER" && user.departmentId === departmentId;
}

/** May see the organisation-wide dashboard. */
export function canViewDashboard(user: SessionUser | null): boolean {
  return user?.role === "WETHOUDER" || user?.role === "BEHEERDER" || user?.role === "STADSDEELREGISSEUR";
}

/** May manage users, departments, themes and the area division. */
export function canAdminister(user: SessionUser | null): boolean {
  return user?.role === "BEHEERDER";
}

/**
 * The stadsdelen whose staff pages this user may read, as a filter for a
 * Prisma `where` on Stadsdeel: `undefined` ids means all, `[]` means none.
 */
export function readableStadsdeelIds(user: SessionUser | null): string[] | undefined {
  if (!user) return [];
  if (user.role === "BEHEERDER" || user.role === "WETHOUDER") return undefined;
  if (user.role === "STADSDEELREGISSEUR") return user.stadsdeelIds;
  return [];
}

/** May write an agenda item: the regisseur of its stadsdeel, or its own department. */
export function canEditAgendaItem(user: SessionUser | null, item: { stadsdeelId: string; departmentId: string | null }): boolean {
  if (!user) return false;
  if (canManageStadsdeel(user, item.stadsdeelId)) return true;
  return user.role === "AFDELINGSMEDEWERKER" && !!user.departmentId && item.departmentId === user.departmentId;
}

/** Owns an actie: the person it is on, or — for an organisation's actie — a partner of that organisation. */
export function ownsActie(user: SessionUser | null, actie: { ownerUserId: string | null; ownerOrganisationId: string | null }): boolean {
  if (!user) return false;
  if (user.role === "PARTNER") return !!user.organisationId && actie.ownerOrganisationId === user.organisationId;
  return actie.ownerUserId === user.id;
}

/**
 * May run an overleg (agenda, besluiten, attendance, acties, lists): its chair
 * or secretary, the regisseur of its stadsdeel, or the beheerder. Partners and
 * wethouders read only.
 */
export function canManageOverleg(user: SessionUser | null, overleg: { stadsdeelId: string | null; chairId: string; secretaryId: string | null }): boolean {
  if (!user || user.role === "PARTNER" || user.role === "WETHOUDER") return false;
  if (user.role === "BEHEERDER" || overleg.chairId === user.id || overleg.secretaryId === user.id) return true;
  return overleg.stadsdeelId !== null && canManageStadsdeel(user, overleg.stadsdeelId);
}
