// Input schemas for residents: registering, managing a registration, the
// evaluation, and the participation pool.
import { z } from "zod";
import { checkboxes, id, optionalId, optionalText } from "./common.ts";
import { facilities } from "./bijeenkomst.ts";

export const PRIVACY_TEXT_VERSION = "privacy-2026-01";
export const POOL_TEXT_VERSION = "pool-2026-01";
export const ageBands = ["AGE_0_14", "AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS"] as const;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const registerSchema = z
  .object({
    bijeenkomstId: id("een bijeenkomst"),
    name: z.string({ error: "Vul uw naam in." }).trim().min(2, "Vul uw naam in.").max(120, "Uw naam is te lang."),
    email: z
      .string({ error: "Vul uw e-mailadres in." })
      .trim()
      .toLowerCase()
      .min(1, "Vul uw e-mailadres in.")
      .max(200)
      .email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
    buurtId: optionalId,
    postcode: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(/\s/g, "").toUpperCase() : v),
      z.union([z.literal(""), z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, "Vul een geldige postcode in, bijvoorbeeld 6211 AB.")]).optional(),
    ),
    partySize: z.coerce
      .number({ error: "Kies met hoeveel personen u komt." })
      .int()
      .min(1, "Minimaal 1 persoon.")
      .max(4, "U kunt met maximaal 4 personen komen."),
    needs: checkboxes(facilities, "wat u nodig heeft"),
    needsOther: optionalText(300),
    ageBand: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ageBands, { error: "Kies een leeftijdsgroep of laat het leeg." }).optional()),
    consent: z.preprocess(
      (v) => v === "on" || v === "true" || v === true,
      z.literal(true, { error: "Geef toestemming om uw aanmelding te verwerken; anders kunnen we u niet aanmelden." }),
    ),
    pool: checkbox,
    /** Honeypot: people never see or fill this field. */
    website: z.string().max(0, "Aanmelden is niet gelukt.").optional().or(z.literal("")),
  })
  // `when` makes this check run even when other fields have errors, so every message shows at once
  .refine((v) => v.buurtId || v.postcode, { path: ["buurtId"], message: "Kies uw buurt (of vul uw postcode in).", when: () => true });

export const manageRegistrationSchema = z.object({
  token: z.string().min(10).max(500),
  registrationId: id("een aanmelding"),
  intent: z.enum(["cancel", "partySize"]),
  partySize: z.coerce.number().int().min(1, "Minimaal 1 persoon.").max(4, "Maximaal 4 personen.").optional(),
});

export const poolSchema = z.object({ token: z.string().min(10).max(500), join: checkbox });
export const deleteDataSchema = z.object({ token: z.string().min(10).max(500), confirm: z.literal("VERWIJDER", { error: "Typ VERWIJDER om te bevestigen." }) });

const score = (label: string) =>
  z.coerce
    .number({ error: `Kies een cijfer bij ${label}.` })
    .int()
    .min(1, `Kies een cijfer bij ${label}.`)
    .max(5, `Kies een cijfer bij ${label}.`);
export const evaluationSchema = z.object({
  token: z.string().min(10).max(500),
  scoreOverall: score("de eerste vraag"),
  scoreHeard: score("de tweede vraag"),
  scoreOrganisation: score("de derde vraag"),
  comment: optionalText(2000),
});

/** "Dit was ik niet": undo a registration made with the resident's address. */
export const notMeSchema = z.object({ token: z.string().min(10).max(500), registrationId: z.string().min(1, "Onbekende aanmelding.").max(100) });

/** Unsubscribe: the signed link's token, sent by the page's button. */
export const unsubscribeSchema = z.object({ token: z.string().min(10).max(500) });

/** Asking for a new manage link (the old ones stop working). */
export const newLinkSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .toLowerCase()
    .max(254, "Dit e-mailadres is te lang.")
    .email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
});
