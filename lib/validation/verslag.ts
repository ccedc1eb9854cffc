// Input schemas for verslagen: the draft text, publishing a version, and a
// resident's reaction.
import { z } from "zod";
import { id, optionalText } from "./common.ts";

export const verslagDraftSchema = z.object({
  bijeenkomstId: id("een bijeenkomst"),
  body: z.string({ error: "Schrijf het verslag." }).trim().min(20, "Het verslag is te kort (minstens 20 tekens).").max(50_000, "Het verslag is te lang."),
});

export const generateDraftSchema = z.object({ bijeenkomstId: id("een bijeenkomst") });

/** `body`: the text on screen when sending; it is saved first, so what is sent is what the regisseur saw. */
export const publishVerslagSchema = z.object({
  bijeenkomstId: id("een bijeenkomst"),
  changeNote: optionalText(1000),
  body: z.string().trim().max(50_000, "Het verslag is te lang.").optional(),
});

export const reactieSchema = z.object({
  token: z.string().min(10).max(500),
  versionId: id("een versie"),
  text: z.string({ error: "Schrijf uw reactie." }).trim().min(3, "Schrijf uw reactie.").max(3000, "Uw reactie is te lang (maximaal 3000 tekens)."),
});
