// Schemas for the beheer uploads: the gebiedsindeling (GeoJSON, as text)
// and the CBS reference figures (CSV, as text, with the year they are for).
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
  year: z.preprocess((v) => (v === "" ? undefined : v), intInRange("Het jaar", 1990, 2100).optional()).refine((v) => v !== undefined, "Vul het jaar in waarop de cijfers betrekking hebben.").transform((v) => v!),
});
