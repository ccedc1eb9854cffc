// Schemas for the beheer uploads: the gebiedsindeling (GeoJSON, as text),
// the CBS reference figures (CSV, as text, with the year they are for) and
// an afwijkende gebiedsindeling (CSV buurtcode → eenheid, with its owner and validity).
import { z } from "zod";
import { intInRange } from "./common.ts";

const commit = z.preprocess((v) => v === "1" || v === true, z.boolean()).default(false);

export const areaImportSchema = z.object({
  fileName: z.string().max(200).default(""),
  payload: z.string().min(1, "Kies een GeoJSON-bestand.").max(15_000_000, "Het bestand is te groot (maximaal 15 MB)."),
  /** The digest of the plan the user saw; apply refuses when the plan has changed since. */
  digest: z.string().max(64).default(""),
  commit,
});

export const populationImportSchema = z.object({
  fileName: z.string().max(200).default(""),
  payload: z.string().min(1, "Kies een CSV-bestand.").max(15_000_000, "Het bestand is te groot (maximaal 15 MB)."),
  year: z
    .preprocess((v) => (v === "" ? undefined : v), intInRange("Het jaar", 1990, 2100).optional())
    .refine((v) => v !== undefined, "Vul het jaar in waarop de cijfers betrekking hebben.")
    .transform((v) => v!),
});

const isoDay = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Vul ${label} in.`)
    .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Deze datum bestaat niet.");

export const gebiedsindelingImportSchema = z
  .object({
    name: z.string({ error: "Vul een naam in." }).trim().min(1, "Vul een naam in.").max(150, "De naam is te lang (maximaal 150 tekens)."),
    /** "department:<id>" or "organisation:<id>". */
    owner: z
      .string({ error: "Kies van wie de indeling is." })
      .trim()
      .regex(/^(department|organisation):[A-Za-z0-9_-]{1,64}$/, "Kies van wie de indeling is: een afdeling of een partner."),
    validFrom: isoDay("de datum vanaf wanneer de indeling geldt"),
    validTo: z.preprocess((v) => (v === "" ? undefined : v), isoDay("de einddatum").optional()),
    fileName: z.string().max(200).default(""),
    payload: z.string().min(1, "Kies een CSV-bestand.").max(5_000_000, "Het bestand is te groot (maximaal 5 MB)."),
    apply: z.preprocess((v) => v === "1" || v === true, z.boolean()),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ["validTo"], message: "De einddatum ligt voor de begindatum." });
