// The owner of a new actie from the form's "user:<id>" / "organisation:<id>":
// an active colleague (not a wethouder or partner by name) or an active
// partner organisation. Refuses with a message on the owner field.
import { fieldError } from "../../errors.ts";
import type { Tx } from "../define-action.ts";

export async function resolveActieOwner(tx: Tx, owner: string): Promise<{ ownerUserId: string } | { ownerOrganisationId: string }> {
  const [kind, ownerId] = owner.split(":");
  const found =
    kind === "user"
      ? await tx.user.findFirst({
          where: { id: ownerId, active: true, role: { in: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] } },
          select: { id: true },
        })
      : await tx.organisation.findFirst({ where: { id: ownerId, active: true }, select: { id: true } });
  if (!found) throw fieldError("owner", "Kies een actieve collega of organisatie.");
  return kind === "user" ? { ownerUserId: found.id } : { ownerOrganisationId: found.id };
}
