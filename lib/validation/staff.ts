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
  .refine((p) => !COMMON.some((c) => p.toLowerCase().replace(/[^a-z0-9]/g, "").startsWith(c) && p.length - c.length < 4), "Dit wachtwoord is te bekend. Kies iets dat niet te raden is, bijvoorbeeld vier losse woorden.")
  .refine((p) => new Set(p).size >= 5, "Gebruik meer verschillende tekens.");

const repeated = { path: ["passwordRepeat"], message: "De twee wachtwoorden zijn niet gelijk." };
const passwords = { password: newPassword, passwordRepeat: z.string({ error: "Herhaal het wachtwoord." }) };

export const firstBeheerderSchema = z
  .object({ token: z.string().min(10).max(200), name: required("uw naam", 120), email: staffEmail, ...passwords })
  .refine((v) => v.password === v.passwordRepeat, repeated)
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]), { path: ["password"], message: "Het wachtwoord mag uw e-mailadres niet bevatten." });

export const setPasswordSchema = z
  .object({ token: z.string().min(10).max(200), ...passwords })
  .refine((v) => v.password === v.passwordRepeat, repeated);
