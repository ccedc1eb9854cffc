// Input schemas for logging inbreng and answering "wat is ermee gedaan".
import { z } from "zod";
import { id, latitude, longitude, optionalId, optionalText } from "./common.ts";

export const inbrengKinds = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"] as const;
export const followUpStatuses = ["OPEN", "IN_BEHANDELING", "MELDING", "AGENDA", "AFGEROND", "NIET_OPGEPAKT"] as const;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Where: a point on the map, or (without a map) a buurt from the list. */
const location = {
  lat: z.preprocess(emptyToUndefined, latitude.optional()),
  lng: z.preprocess(emptyToUndefined, longitude.optional()),
  buurtId: optionalId,
};

const content = {
  kind: z.enum(inbrengKinds, { error: "Kies gaat goed, kan beter, idee of vraag." }),
  themeId: id("een thema"),
  text: z.string({ error: "Vul de tekst in." }).trim().min(1, "Vul de tekst in.").max(2000, "De tekst is te lang (maximaal 2000 tekens)."),
  tafelId: optionalId,
};

function needsPlace(v: { lat?: number; lng?: number; buurtId?: string }, ctx: z.RefinementCtx) {
  const hasPoint = v.lat !== undefined && v.lng !== undefined;
  if ((v.lat === undefined) !== (v.lng === undefined)) ctx.addIssue({ code: "custom", path: ["location"], message: "Ongeldige plek op de kaart." });
  else if (!hasPoint && !v.buurtId) ctx.addIssue({ code: "custom", path: ["location"], message: "Kies een plek op de kaart of een buurt uit de lijst." });
}

export const createInbrengSchema = z.object({ bijeenkomstId: id("een bijeenkomst"), ...content, ...location }).superRefine(needsPlace);

export const updateInbrengSchema = z.object({ inbrengId: id("een inbreng"), ...content, ...location }).superRefine(needsPlace);

export const moveInbrengSchema = z.object({ inbrengId: id("een inbreng"), lat: latitude, lng: longitude });

export const deleteInbrengSchema = z.object({ inbrengId: id("een inbreng") });

export const answerInbrengSchema = z
  .object({
    inbrengId: id("een inbreng"),
    followUpStatus: z.enum(followUpStatuses, { error: "Kies een status." }),
    publicAnswer: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.followUpStatus !== "OPEN" && !v.publicAnswer)
      ctx.addIssue({ code: "custom", path: ["publicAnswer"], message: "Schrijf op wat ermee gedaan is; dit antwoord is openbaar." });
  });
