// CLI for scripted installs: `npm run admin:create -- --email … --name …`
// creates the first beheerder (only while no beheerder can sign in) and
// prints a one-time set-password link (24 hours); run again when that link
// expired unused. Audited. Uses DATABASE_URL, else
// the embedded PostgreSQL of a running portal, else starts it.
import { parseArgs } from "node:util";
import { hasActiveBeheerder, lockSetup } from "../lib/auth/first-run.ts";
import { issueStaffToken } from "../lib/auth/staff-tokens.ts";
import { staffEmail } from "../lib/validation/staff.ts";
import { runWithDatabase } from "./db/database.ts";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const email = staffEmail.safeParse(values.email ?? "");
const name = values.name?.trim() ?? "";
if (!email.success || !name) {
  console.error('Gebruik: npm run admin:create -- --email naam@gemeente.nl --name "Voornaam Achternaam"');
  process.exit(2);
}
const base = (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");

await runWithDatabase(async (prisma) => {
  const link = await prisma.$transaction(async (tx) => {
    await lockSetup(tx);
    if (await hasActiveBeheerder(tx)) return null;
    const existing = await tx.user.findUnique({ where: { email: email.data } });
    // a beheerder made earlier whose link expired before a password was set gets a new link
    if (existing && !(existing.role === "BEHEERDER" && existing.active && !existing.passwordHash)) return "exists";
    const user = existing ?? (await tx.user.create({ data: { email: email.data, name, role: "BEHEERDER" } }));
    await tx.auditEvent.create({ data: { actorKind: "system", action: "setup.admin-create", entityType: "User", entityId: user.id } });
    return `${base}/wachtwoord/${await issueStaffToken(tx, "set-password", user.id)}`;
  });
  if (link === null) {
    console.error("Er is al een actieve beheerder; nieuwe medewerkers nodigt die uit in het portaal.");
    return 1;
  }
  if (link === "exists") {
    console.error(`Er bestaat al een account met ${email.data}.`);
    return 1;
  }
  console.log(`Beheerder ${name} <${email.data}> aangemaakt. Stel het wachtwoord in via deze link (24 uur geldig, één keer):\n${link}`);
  return 0;
});
