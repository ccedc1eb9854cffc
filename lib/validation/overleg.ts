// Schemas for overleggen (stadsdeeltafels and the like), their sessies,
// agenda points, besluiten, attendance and the acties agreed there.
import { z } from "zod";
import { id, intInRange, optionalId, optionalText, required } from "./common.ts";
import { weekdays } from "../overleg/cadence.ts";
import { createActieSchema } from "./dossier.ts";

export const overlegKinds = ["STADSDEELTAFEL", "PROCESTEAM", "KERNGROEP", "TASKFORCE", "OVERIG"] as const;

const list = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1).max(64)).max(60));
const day = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Vul ${label} in.`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Deze datum bestaat niet.");

export const createOverlegSchema = z
  .object({
    name: required("een naam", 150),
    kind: z.enum(overlegKinds, { error: "Kies het soort overleg." }),
    /** Empty: city-wide. */
    stadsdeelId: optionalId,
    chairId: id("een voorzitter"),
    secretaryId: optionalId,
    every: z.enum(["weeks", "month"], { error: "Kies hoe vaak het overleg is." }),
    interval: z.preprocess((v) => (v === "" || v === undefined ? "1" : v), intInRange("Het aantal weken", 1, 12)),
    nth: z.enum(["1", "2", "3", "4", "-1"], { error: "Kies welke week van de maand." }).default("1"),
    weekday: z.enum(weekdays, { error: "Kies een dag." }),
    firstOn: day("de eerste datum"),
    startTime: z
      .string({ error: "Vul een begintijd in." })
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een begintijd in als 19:30."),
    durationMinutes: intInRange("De duur in minuten", 15, 720),
    location: optionalText(200),
    userIds: list,
    departmentIds: list,
    organisationIds: list,
  })
  .superRefine((v, ctx) => {
    const weekday = new Date(`${v.firstOn}T12:00:00Z`).getUTCDay(); // 0 = sunday
    if (!Number.isNaN(weekday) && weekdays[(weekday + 6) % 7] !== v.weekday)
      ctx.addIssue({ code: "custom", path: ["firstOn"], message: "De eerste datum valt niet op de gekozen dag." });
    if (v.userIds.length + v.departmentIds.length + v.organisationIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["userIds"], message: "Kies ten minste één deelnemer, afdeling of partner." });
  });

export const addSessiePuntSchema = z
  .object({
    sessieId: id("een sessie"),
    title: optionalText(300),
    dossierId: optionalId,
    carriedFromId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (!v.title && !v.dossierId && !v.carriedFromId) ctx.addIssue({ code: "custom", path: ["title"], message: "Vul een onderwerp in." });
  });

export const moveSessiePuntSchema = z.object({ puntId: id("een agendapunt"), direction: z.enum(["up", "down"], { error: "Kies omhoog of omlaag." }) });

export const recordBesluitSchema = z.object({ puntId: id("een agendapunt"), besluit: required("het besluit", 2000) });

export const recordAttendanceSchema = z.object({ sessieId: id("een sessie"), present: list });

export const createPuntActieSchema = createActieSchema.omit({ dossierId: true }).extend({ puntId: id("een agendapunt") });

export const sendSessieListsSchema = z.object({ sessieId: id("een sessie") });

/** A department or organisation seat filled by one of its people, or left open (userId empty). */
export const fillSeatSchema = z.object({ seatId: id("een plaats"), userId: optionalId });

const email = z
  .string({ error: "Vul het e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, "Vul het e-mailadres in.")
  .max(200, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
const linkToken = z.string().min(10).max(500);

/** A regisseur invites a resident to sit at an overleg: only name and e-mail, the minimum to write to them. */
export const inviteBewonerSchema = z.object({
  overlegId: id("een overleg"),
  residentName: z.string({ error: "Vul de naam in." }).trim().min(2, "Vul de naam in.").max(120, "Deze naam is te lang."),
  email,
});
export const removeBewonerSchema = z.object({ seatId: id("een plaats") });
/** The resident's answer through the invitation link. */
export const answerInvitationSchema = z.object({ token: linkToken, answer: z.enum(["ja", "nee"], { error: "Kies ja of nee." }) });
/** The resident leaves an overleg through their manage link. */
export const leaveOverlegSchema = z.object({ token: linkToken, seatId: id("een overleg") });
