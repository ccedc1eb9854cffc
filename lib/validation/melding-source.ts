// Schemas for the meldingen system (beheer → Meldingensysteem): where
// Signalen is and its token, and a Signalen category's portal category.
import { z } from "zod";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const saveMeldingSourceSchema = z.object({
  baseUrl: z
    .string({ error: "Vul het adres van Signalen in." })
    .trim()
    .min(1, "Vul het adres van Signalen in.")
    .max(300)
    .url("Vul een volledig webadres in, bijvoorbeeld https://api.meldingen.gemeente.nl.")
    .refine((v) => /^https?:\/\//.test(v), "Het adres moet met https:// beginnen."),
  /** Empty keeps the token that is stored. */
  token: z.preprocess(empty, z.string().trim().min(10, "Een token is minstens 10 tekens.").max(4000, "Het token is te lang.").optional()),
});

export const mapSignalenCategorySchema = z.object({
  path: z.string({ error: "Kies een Signalen-categorie." }).trim().min(1, "Kies een Signalen-categorie.").max(500),
  categoryId: z.preprocess(empty, z.string().max(40).optional()),
});

export const syncMeldingSourceSchema = z.object({});

export const meldingenCsvSchema = z.object({
  fileName: z.string().max(200).default(""),
  payload: z.string().min(1, "Kies een CSV-bestand.").max(15_000_000, "Het bestand is te groot (maximaal 15 MB)."),
  mode: z.enum(["controleren", "inlezen"], { error: "Kies controleren of inlezen." }),
});
