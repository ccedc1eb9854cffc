// Shared by the staff actions: writing a role's scope (stadsdelen of a
// regisseur, department of an afdelingsmedewerker, own stadsdeel of a
// wethouder, organisation of a partner; whatever does not belong to the role is cleared), checking the
// chosen ids exist, and the guard that keeps one active beheerder who can
// sign in.
import type { z } from "zod";
import { signInBeheerders } from "../../auth/first-run.ts";
import type { Tx } from "../define-action.ts";
import { AppError, fieldError } from "../../errors.ts";
import type { inviteStaffSchema } from "../../validation/staff.ts";

type Scope = Pick<z.output<typeof inviteStaffSchema>, "role" | "stadsdeelIds" | "departmentId" | "wethouderStadsdeelId" | "organisationId">;

/** The role's scope, checked against the database and with whatever does not belong to the role cleared. */
async function checkedScope(tx: Tx, s: Scope) {
  const stadsdeelIds = s.role === "STADSDEELREGISSEUR" ? [...new Set(s.stadsdeelIds)] : [];
  const wethouderStadsdeelId = s.role === "WETHOUDER" ? (s.wethouderStadsdeelId ?? null) : null;
  const departmentId = s.role === "AFDELINGSMEDEWERKER" ? (s.departmentId ?? null) : null;
  const organisationId = s.role === "PARTNER" ? (s.organisationId ?? null) : null;
  const known = await tx.stadsdeel.count({ where: { id: { in: [...stadsdeelIds, ...(wethouderStadsdeelId ? [wethouderStadsdeelId] : [])] } } });
  if (known !== stadsdeelIds.length + (wethouderStadsdeelId ? 1 : 0)) throw fieldError("stadsdeelIds", "Kies stadsdelen uit de lijst.");
  if (departmentId && !(await tx.department.findUnique({ where: { id: departmentId } }))) throw fieldError("departmentId", "Kies een afdeling uit de lijst.");
  if (organisationId && !(await tx.organisation.findFirst({ where: { id: organisationId, active: true } })))
    throw fieldError("organisationId", "Kies een organisatie uit de lijst.");
  return { stadsdeelIds, fields: { role: s.role, departmentId, wethouderStadsdeelId, organisationId } };
}

async function writeStadsdelen(tx: Tx, userId: string, stadsdeelIds: string[]) {
  await tx.userStadsdeel.deleteMany({ where: { userId } });
  if (stadsdeelIds.length) await tx.userStadsdeel.createMany({ data: stadsdeelIds.map((stadsdeelId) => ({ userId, stadsdeelId })) });
}

/** A new account with its role and scope. */
export async function createWithScope(tx: Tx, person: { email: string; name: string }, s: Scope) {
  const { stadsdeelIds, fields } = await checkedScope(tx, s);
  const user = await tx.user.create({ data: { ...person, ...fields } });
  await writeStadsdelen(tx, user.id, stadsdeelIds);
  return user;
}

/** An existing account's new role and scope. */
export async function writeScope(tx: Tx, userId: string, s: Scope) {
  const { stadsdeelIds, fields } = await checkedScope(tx, s);
  await tx.user.update({ where: { id: userId }, data: fields });
  await writeStadsdelen(tx, userId, stadsdeelIds);
}

/** Refuses a change that would leave no active beheerder who can sign in (serialised by an advisory lock). */
export async function keepOneBeheerder(tx: Tx, changedUserId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stadsdeelportaal.beheerders'))`;
  const others = await tx.user.count({
    where: { id: { not: changedUserId }, ...signInBeheerders },
  });
  if (others === 0) throw new AppError("CONFLICT", "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.");
}
