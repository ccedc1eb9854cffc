// Shared by the staff actions: writing a role's scope (stadsdelen of a
// regisseur, department of an afdelingsmedewerker, own stadsdeel of a
// wethouder; whatever does not belong to the role is cleared), checking the
// chosen ids exist, and the guard that keeps one active beheerder who can
// sign in.
import type { z } from "zod";
import { signInBeheerders } from "../../auth/first-run.ts";
import type { Tx } from "../define-action.ts";
import { AppError, fieldError } from "../../errors.ts";
import type { inviteStaffSchema } from "../../validation/staff.ts";

type Scope = Pick<z.output<typeof inviteStaffSchema>, "role" | "stadsdeelIds" | "departmentId" | "wethouderStadsdeelId">;

export async function writeScope(tx: Tx, userId: string, s: Scope) {
  const stadsdeelIds = s.role === "STADSDEELREGISSEUR" ? [...new Set(s.stadsdeelIds)] : [];
  const wethouderStadsdeelId = s.role === "WETHOUDER" ? (s.wethouderStadsdeelId ?? null) : null;
  const departmentId = s.role === "AFDELINGSMEDEWERKER" ? (s.departmentId ?? null) : null;
  const known = await tx.stadsdeel.count({ where: { id: { in: [...stadsdeelIds, ...(wethouderStadsdeelId ? [wethouderStadsdeelId] : [])] } } });
  if (known !== stadsdeelIds.length + (wethouderStadsdeelId ? 1 : 0)) throw fieldError("stadsdeelIds", "Kies stadsdelen uit de lijst.");
  if (departmentId && !(await tx.department.findUnique({ where: { id: departmentId } }))) throw fieldError("departmentId", "Kies een afdeling uit de lijst.");
  await tx.user.update({ where: { id: userId }, data: { role: s.role, departmentId, wethouderStadsdeelId } });
  await tx.userStadsdeel.deleteMany({ where: { userId } });
  if (stadsdeelIds.length) await tx.userStadsdeel.createMany({ data: stadsdeelIds.map((stadsdeelId) => ({ userId, stadsdeelId })) });
}

/** Refuses a change that would leave no active beheerder who can sign in (serialised by an advisory lock). */
export async function keepOneBeheerder(tx: Tx, changedUserId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stadsdeelportaal.beheerders'))`;
  const others = await tx.user.count({
    where: { id: { not: changedUserId }, ...signInBeheerders },
  });
  if (others === 0) throw new AppError("CONFLICT", "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.");
}
