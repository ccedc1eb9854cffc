// Schemas for staff accounts: names, e-mail addresses and passwords with a
// strength rule (at least 12 characters, not a well-known password, not the
// e-mail address, not one character repeated), in Dutch.
import { z } from "zod";
import { required } from "./common.ts";

const COMMON = ["wachtwoord", "password", "welkom", "welkom123", "qwerty", "123456", "maastricht", "gemeente", "letmein", "admin", "stadsdeelportaal"];

export const staffEmail = z
  .string({ error: "Vul het e-mailadres in." })
  .trim()
  .toLowerCase()
  .max(254, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");

export const newPassword = z
  .string({ error: "Kies een wachtwoord." })
  .min(12, "Kies een wachtwoord van minstens 12 tekens.")
  .max(200, "Het wachtwoord is te lang (maximaal 200 tekens).")
  .refine(
    (p) =>
      !COMMON.some(
        (c) =>
          p
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "")
            .startsWith(c) && p.length - c.length < 4,
      ),
    "Dit wachtwoord is te bekend. Kies iets dat niet te raden is, bijvoorbeeld vier losse woorden.",
  )
  .refine((p) => new Set(p).size >= 5, "Gebruik meer verschillende tekens.");

const repeated = { path: ["passwordRepeat"], message: "De twee wachtwoorden zijn niet gelijk." };
const passwords = { password: newPassword, passwordRepeat: z.string({ error: "Herhaal het wachtwoord." }) };

export const firstBeheerderSchema = z
  .object({ token: z.string().min(10).max(200), name: required("uw naam", 120), email: staffEmail, ...passwords })
  .refine((v) => v.password === v.passwordRepeat, repeated)
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]), {
    path: ["password"],
    message: "Het wachtwoord mag uw e-mailadres niet bevatten.",
  });

export const setPasswordSchema = z.object({ token: z.string().min(10).max(200), ...passwords }).refine((v) => v.password === v.passwordRepeat, repeated);

export const roles = ["BEHEERDER", "STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "WETHOUDER", "PARTNER"] as const;
const list = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(64)).max(20));
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional());

/** Role and scope: a regisseur works in one or more stadsdelen, an afdelingsmedewerker in one department, a wethouder may have an own stadsdeel, a partner belongs to one organisation. */
const scope = {
  role: z.enum(roles, { error: "Kies een rol." }),
  stadsdeelIds: list,
  departmentId: optionalId,
  wethouderStadsdeelId: optionalId,
  organisationId: optionalId,
};
function checkScope(v: { role: (typeof roles)[number]; stadsdeelIds: string[]; departmentId?: string; organisationId?: string }, ctx: z.RefinementCtx) {
  if (v.role === "PARTNER" && !v.organisationId) ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Kies de organisatie van deze partner." });
  if (v.role === "STADSDEELREGISSEUR" && v.stadsdeelIds.length === 0)
    ctx.addIssue({ code: "custom", path: ["stadsdeelIds"], message: "Kies minstens één stadsdeel voor een stadsdeelregisseur." });
  if (v.role === "AFDELINGSMEDEWERKER" && !v.departmentId)
    ctx.addIssue({ code: "custom", path: ["departmentId"], message: "Kies de afdeling van deze medewerker." });
}

export const inviteStaffSchema = z.object({ name: required("de naam", 120), email: staffEmail, ...scope }).superRefine(checkScope);
export const updateStaffSchema = z.object({ userId: z.string().min(1).max(64), ...scope }).superRefine(checkScope);
export const setStaffActiveSchema = z.object({ userId: z.string().min(1).max(64), active: z.enum(["true", "false"]) });
export const staffUserSchema = z.object({ userId: z.string().min(1).max(64) });

/** Afdelingen, thema's en meldingcategorieën (the catalogue the beheerder keeps). */
export const catalogKinds = ["afdeling", "thema", "categorie"] as const;
const optionalRef = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(64).optional());
export const saveDepartmentSchema = z.object({
  id: optionalRef,
  name: required("de naam van de afdeling", 120),
  email: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().trim().toLowerCase().max(254).email("Vul een geldig e-mailadres in, of laat het leeg.").optional(),
  ),
});
export const saveThemeSchema = z.object({ id: optionalRef, name: required("de naam van het thema", 120), defaultDepartmentId: optionalRef });
export const saveCategorySchema = z.object({
  id: optionalRef,
  name: required("de naam van de categorie", 120),
  defaultDepartmentId: z.string({ error: "Kies de afdeling waar deze meldingen heen gaan." }).min(1, "Kies de afdeling waar deze meldingen heen gaan.").max(64),
  defaultDueDays: z.coerce
    .number({ error: "De termijn moet een getal zijn." })
    .int("De termijn moet een heel aantal dagen zijn.")
    .min(1, "De termijn is minimaal 1 dag.")
    .max(365, "De termijn is maximaal 365 dagen."),
});
export const setCatalogActiveSchema = z.object({ kind: z.enum(catalogKinds), id: z.string().min(1).max(64), active: z.enum(["true", "false"]) });
export const mergeCatalogSchema = z
  .object({
    kind: z.enum(["thema", "categorie"]),
    fromId: z.string({ error: "Kies wat er opgaat." }).min(1, "Kies wat er opgaat.").max(64),
    intoId: z.string({ error: "Kies waarin het opgaat." }).min(1, "Kies waarin het opgaat.").max(64),
  })
  .refine((v) => v.fromId !== v.intoId, { path: ["intoId"], message: "Kies twee verschillende." });
