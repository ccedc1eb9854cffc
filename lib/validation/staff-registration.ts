// Input schemas for the regisseur's side of registrations: check-in, pool
// invitations, and retrying a failed mail.
import { z } from "zod";
import { id } from "./common.ts";

export const checkInSchema = z.object({
  registrationId: id("een aanmelding"),
  status: z.enum(["ATTENDED", "NO_SHOW", "CONFIRMED"], { error: "Kies aanwezig of niet gekomen." }),
});

export const invitePoolSchema = z.object({ bijeenkomstId: id("een bijeenkomst") });
export const retryOutboxSchema = z.object({ messageId: id("een bericht") });
