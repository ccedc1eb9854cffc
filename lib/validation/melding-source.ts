// Schemas for the meldingen system (beheer → Meldingensysteem): where
// Signalen is and its token, and a Signalen category's portal category.
import { z } from "zod";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const saveMeldingSourceSchema = z
  .object({
    baseUrl: z
      .string({ error: "Vul het adres van Signalen in." })
      .trim()
      .min(1, "Vul het adres van Signalen in.")
      .max(300)
      .url("Vul een volledig webadres in, bijvoorbeeld https://api.meldingen.gemeente.nl.")
      .refine((v) => /^https?:\/\//.test(v), "Het adres moet met https:// beginnen."),
    /** "token": a static bearer token; "oidc": client credentials at the identity provider. */
    authKind: z.enum(["token", "oidc"], { error: "Kies hoe het portaal inlogt bij Signalen." }),
    issuerUrl: z.preprocess(
      empty,
      z.string().trim().max(300).url("Vul het volledige adres van de identity provider in, bijvoorbeeld https://login.gemeente.nl/realms/signalen.").optional(),
    ),
    clientId: z.preprocess(empty, z.string().trim().max(200).optional()),
    /** The bearer token or the client secret; empty keeps the one that is stored. */
    token: z.preprocess(empty, z.string().trim().min(10, "Minstens 10 tekens.").max(4000, "Te lang (maximaal 4000 tekens).").optional()),
    linkTemplate: z.preprocess(
      empty,
      z
        .string()
        .trim()
        .max(300)
        .url("Vul een volledig webadres in met {id} op de plek van het nummer.")
        .refine((v) => v.includes("{id}"), "Zet {id} op de plek van het nummer van de melding.")
        .optional(),
    ),
    sourceName: z
      .string({ error: "Vul de bron in." })
      .trim()
      .min(1, "Vul de bron in, zoals Signalen haar kent (bijvoorbeeld Stadsdeelavond).")
      .max(100, "Maximaal 100 tekens."),
  })
  .superRefine((v, ctx) => {
    if (v.authKind !== "oidc") return;
    if (!v.issuerUrl) ctx.addIssue({ code: "custom", path: ["issuerUrl"], message: "Vul het adres van de identity provider in." });
    if (!v.clientId) ctx.addIssue({ code: "custom", path: ["clientId"], message: "Vul de client-id in." });
  });

/** Backfill: the history from this date up to now, fetched in windows of 30 days. */
export const startBackfillSchema = z.object({
  from: z
    .string({ error: "Vul een datum in." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als dd-mm-jjjj.")
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), "Deze datum bestaat niet.")
    .refine((d) => d.getTime() < Date.now(), "Kies een datum in het verleden.")
    .refine((d) => d.getTime() > Date.now() - 10 * 366 * 86_400_000, "Verder dan tien jaar terug wordt niet opgehaald."),
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
