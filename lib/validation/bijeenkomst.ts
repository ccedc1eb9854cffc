// Input schemas for planning bijeenkomsten (create, edit, cancel).
import { z } from "zod";
import { checkboxes, id, intInRange, localDateTime, optionalLocalDateTime, optionalText, required } from "./common.ts";

export const bijeenkomstKinds = ["STADSDEELAVOND", "WIJKGESPREK", "KENNISMAKINGSBEZOEK", "STADSDEELTAFEL", "OVERIG"] as const;
export const facilities = ["WHEELCHAIR_ACCESS", "HEARING_LOOP", "CHILDCARE", "INTERPRETER", "SIGN_LANGUAGE", "PARKING", "PUBLIC_TRANSPORT"] as const;

const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Tables arrive as repeated form fields tafelId / tafelName / tafelHost (or as a `tafels` array). */
function gatherTafels(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const o = raw as Record<string, unknown>;
  if (Array.isArray(o.tafels)) return o;
  const names = asList(o.tafelName).map((v) => String(v ?? "").trim());
  const ids = asList(o.tafelId).map((v) => String(v ?? "").trim());
  const hosts = asList(o.tafelHost).map((v) => String(v ?? "").trim());
  const list = names.map((name, i) => ({ id: ids[i] || undefined, name, hostName: hosts[i] || undefined })).filter((t) => t.name !== "" || t.hostName);
  return { ...o, tafels: list };
}

const tafels = z
  .array(
    z.object({
      id: z.string().max(64).optional(),
      name: z.string().trim().min(1, "Geef elke tafel een naam.").max(80, "Tafelnaam is te lang."),
      hostName: z.string().trim().max(120).optional(),
    }),
  )
  .max(30, "Maximaal 30 tafels.")
  .refine((list) => new Set(list.map((t) => t.name.toLowerCase())).size === list.length, "Twee tafels hebben dezelfde naam.")
  .default([]);

const fields = z.object({
  kind: z.enum(bijeenkomstKinds, { error: "Kies het soort bijeenkomst." }),
  title: required("een titel", 150),
  description: optionalText(4000),
  startsAt: localDateTime("de begintijd"),
  endsAt: localDateTime("de eindtijd"),
  locationName: required("de naam van de locatie", 150),
  address: required("het adres", 200),
  capacity: intInRange("Het aantal plaatsen", 0, 5000),
  facilities: checkboxes(facilities, "voorzieningen"),
  registrationOpensAt: optionalLocalDateTime("de opening van de aanmelding"),
  registrationClosesAt: optionalLocalDateTime("de sluiting van de aanmelding"),
});

function checkTimes(v: z.output<typeof fields>, ctx: z.RefinementCtx) {
  if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "De eindtijd moet na de begintijd liggen." });
  if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "De aanmelding moet sluiten na de opening." });
  if (v.registrationClosesAt && v.registrationClosesAt > v.endsAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "De aanmelding moet uiterlijk aan het eind van de bijeenkomst sluiten." });
}

export const createBijeenkomstSchema = z.preprocess(
  gatherTafels,
  fields.extend({ stadsdeelId: id("een stadsdeel"), tafels }).superRefine((v, ctx) => checkTimes(v, ctx)),
);

export const updateBijeenkomstSchema = z.preprocess(
  gatherTafels,
  fields.extend({ bijeenkomstId: id("een bijeenkomst"), tafels }).superRefine((v, ctx) => checkTimes(v, ctx)),
);

export const publishBijeenkomstSchema = z.object({ bijeenkomstId: id("een bijeenkomst") });

export const cancelBijeenkomstSchema = z.object({
  bijeenkomstId: id("een bijeenkomst"),
  reason: required("de reden van de annulering", 500),
});
