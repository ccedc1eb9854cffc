// The public "find your stadsdeel" search: a postcode or an address as typed.
import { z } from "zod";

export const addressSearchSchema = z.object({
  adres: z
    .string()
    .trim()
    .min(4, "Vul een postcode (bijvoorbeeld 6211 AB) of een straat met huisnummer in.")
    .max(100, "Gebruik hooguit 100 tekens: een postcode, of een straat met huisnummer en plaats."),
});
