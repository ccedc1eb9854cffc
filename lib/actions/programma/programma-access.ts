// The shared checks of the programma actions: the user manages the
// programma's stadsdeel (its regisseur, or the beheerder) — false for one
// that does not exist — and a programma that is no longer a concept is not
// changed (the database trigger refuses it too; this says it in words).
import type { SessionUser } from "../../auth/permissions.ts";
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import type { Tx } from "../define-action.ts";

export const programmaWriters = ["STADSDEELREGISSEUR", "BEHEERDER"] as const;

export async function managesProgramma(tx: Tx, user: SessionUser, programmaId: string): Promise<boolean> {
  const p = await tx.programma.findUnique({ where: { id: programmaId }, select: { stadsdeelId: true } });
  return p !== null && canManageStadsdeel(user, p.stadsdeelId);
}

export async function managesOpgave(tx: Tx, user: SessionUser, opgaveId: string): Promise<boolean> {
  const o = await tx.opgave.findUnique({ where: { id: opgaveId }, select: { programma: { select: { stadsdeelId: true } } } });
  return o !== null && canManageStadsdeel(user, o.programma.stadsdeelId);
}

export async function managesDoel(tx: Tx, user: SessionUser, doelId: string): Promise<boolean> {
  const d = await tx.doel.findUnique({ where: { id: doelId }, select: { opgave: { select: { programma: { select: { stadsdeelId: true } } } } } });
  return d !== null && canManageStadsdeel(user, d.opgave.programma.stadsdeelId);
}

export const VASTGESTELD_MESSAGE = "Dit programma is vastgesteld en verandert niet meer. Maak een nieuwe versie om het te wijzigen.";

export async function requireConcept(tx: Tx, programmaId: string) {
  const p = await tx.programma.findUniqueOrThrow({
    where: { id: programmaId },
    select: { id: true, status: true, stadsdeelId: true, startYear: true, endYear: true },
  });
  if (p.status !== "CONCEPT") throw new AppError("CONFLICT", VASTGESTELD_MESSAGE);
  return p;
}
