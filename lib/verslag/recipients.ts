// Who gets a verslag by mail: the residents checked in at the bijeenkomst,
// or — when nobody was checked in — everyone whose registration was
// confirmed. Used by the publish action and by the count the regisseur
// confirms before sending, so both follow one rule.
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";

export async function verslagRecipientStatus(db: Tx | PrismaClient, bijeenkomstId: string): Promise<"ATTENDED" | "CONFIRMED"> {
  return (await db.registration.count({ where: { bijeenkomstId, status: "ATTENDED" } })) > 0 ? "ATTENDED" : "CONFIRMED";
}
