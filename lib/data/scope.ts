// Authorisation as query filters: the one place that turns the permission
// rules (lib/auth/permissions.ts) into Prisma `where` clauses. Every staff
// get-by-id and list function adds one of these, so a record outside the
// user's scope is never read — whatever a layout did or did not check.
// Deny by default: a role without a rule gets a filter that matches nothing.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type SessionUser, canAdminister, readableStadsdeelIds } from "@/lib/auth/permissions";

/** "read": the staff pages of a stadsdeel; "manage": change things there and see residents' personal data. */
export type Access = "read" | "manage";

/** Stadsdelen as a filter on a `stadsdeelId` column: `undefined` is all, `{ in: [] }` none. */
export function stadsdeelIdFilter(user: SessionUser, access: Access): { in: string[] } | undefined {
  if (user.role === "BEHEERDER") return undefined;
  if (access === "manage") return { in: user.role === "STADSDEELREGISSEUR" ? user.stadsdeelIds : [] };
  const ids = readableStadsdeelIds(user);
  return ids === undefined ? undefined : { in: ids };
}

export function stadsdeelWhere(user: SessionUser, access: Access = "read"): Prisma.StadsdeelWhereInput {
  return { id: stadsdeelIdFilter(user, access) };
}

export function bijeenkomstWhere(user: SessionUser, access: Access = "read"): Prisma.BijeenkomstWhereInput {
  return { stadsdeelId: stadsdeelIdFilter(user, access) };
}

/**
 * Inbreng: staff of its stadsdeel; for reading also the department that
 * works the melding made of it (text, theme, place — no resident data is
 * attached to an inbreng).
 */
export function inbrengWhere(user: SessionUser, access: Access = "read"): Prisma.InbrengWhereInput {
  const byStadsdeel: Prisma.InbrengWhereInput = { bijeenkomst: { stadsdeelId: stadsdeelIdFilter(user, access) } };
  if (access === "read" && user.role === "AFDELINGSMEDEWERKER" && user.departmentId) {
    return { OR: [byStadsdeel, { melding: { departmentId: user.departmentId } }] };
  }
  return byStadsdeel;
}

/** Meldingen: an afdelingsmedewerker their department's, others by stadsdeel; null when none. */
export function meldingScope(user: SessionUser): Prisma.MeldingWhereInput | null {
  if (user.role === "AFDELINGSMEDEWERKER") return user.departmentId ? { departmentId: user.departmentId } : null;
  const ids = readableStadsdeelIds(user);
  if (ids === undefined) return {};
  return ids.length ? { stadsdeelId: { in: ids } } : null;
}

/** Agenda items: an afdelingsmedewerker their department's, others by stadsdeel; null when none. */
export function agendaItemScope(user: SessionUser): Prisma.AgendaItemWhereInput | null {
  if (user.role === "AFDELINGSMEDEWERKER") return user.departmentId ? { departmentId: user.departmentId } : null;
  const ids = readableStadsdeelIds(user);
  if (ids === undefined) return {};
  return ids.length ? { stadsdeelId: { in: ids } } : null;
}

/**
 * Dossiers: the staff of their stadsdeel (read: wethouder and beheerder all);
 * an afdelingsmedewerker those their department is involved in or that hold
 * an actie of theirs; a partner those their organisation is involved in or
 * holds an actie in; null when none.
 */
export function dossierScope(user: SessionUser): Prisma.DossierWhereInput | null {
  if (user.role === "PARTNER") {
    if (!user.organisationId) return null;
    return {
      OR: [
        { organisations: { some: { organisationId: user.organisationId } } },
        { acties: { some: { ownerOrganisationId: user.organisationId } } },
        // put on the agenda of an overleg the partner sits on
        { sessiePunten: { some: { sessie: { overleg: partnerSeats(user) } } } },
      ],
    };
  }
  if (user.role === "AFDELINGSMEDEWERKER") {
    return {
      OR: [{ acties: { some: { ownerUserId: user.id } } }, ...(user.departmentId ? [{ departments: { some: { departmentId: user.departmentId } } }] : [])],
    };
  }
  const ids = readableStadsdeelIds(user);
  if (ids === undefined) return {};
  return ids.length ? { stadsdeelId: { in: ids } } : null;
}

/** The overleggen a partner sits on: by name, or through their organisation's seat. */
function partnerSeats(user: SessionUser): Prisma.OverlegWhereInput {
  return { seats: { some: { OR: [{ userId: user.id }, { organisationId: user.organisationId ?? "-" }] } } };
}

/**
 * The overleggen a user may read: the beheerder and wethouders all; a
 * regisseur those of their stadsdelen and any they sit on or chair; an
 * afdelingsmedewerker those they sit on, by name or through their
 * department's seat; a partner those they sit on (partnerSeats).
 */
export function overlegScope(user: SessionUser): Prisma.OverlegWhereInput | null {
  if (user.role === "BEHEERDER" || user.role === "WETHOUDER") return {};
  const own: Prisma.OverlegWhereInput[] = [{ chairId: user.id }, { secretaryId: user.id }, { seats: { some: { userId: user.id } } }];
  if (user.role === "PARTNER") return user.organisationId ? partnerSeats(user) : null;
  if (user.role === "STADSDEELREGISSEUR") return { OR: [...own, { stadsdeelId: { in: user.stadsdeelIds } }] };
  if (user.role === "AFDELINGSMEDEWERKER") return { OR: [...own, ...(user.departmentId ? [{ seats: { some: { departmentId: user.departmentId } } }] : [])] };
  return null;
}

/** A where clause that matches no row, for a scope of null. */
export const NOTHING = { id: { in: [] as string[] } };

/**
 * Called when a scoped lookup found nothing: a record that exists but lies
 * outside the scope is FORBIDDEN, one that does not exist NOT_FOUND. Only
 * the existence is read, never a field.
 */
export async function refuse(exists: Promise<number>): Promise<never> {
  if ((await exists) > 0) throw new AppError("FORBIDDEN", "Geen toegang.");
  throw new AppError("NOT_FOUND", "Niet gevonden.");
}

/** The beheer data (staff, catalogue, areas, figures, outbox, register): the beheerder only; anyone else is refused. */
export function requireAdministrator(user: SessionUser): void {
  if (!canAdminister(user)) throw new AppError("FORBIDDEN", "Geen toegang.");
}
