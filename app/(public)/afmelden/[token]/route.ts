// One-click unsubscribe from the link in every mail: leaves the
// participation pool (no more invitations) and withdraws that consent.
// Mails about the resident's own registrations still arrive.
import { setPool } from "@/lib/actions/registration/set-pool-membership";
import { prisma } from "@/lib/db";
import { residentFromToken } from "@/lib/registration/resident-from-token";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const me = await residentFromToken(prisma, (await params).token, "unsubscribe");
  const origin = new URL(request.url).origin;
  if (!me) return Response.redirect(`${origin}/afmelden?status=ongeldig`, 303);
  const ok = await prisma.$transaction((tx) => setPool(tx, me.id, false)).then(() => true, () => false);
  return Response.redirect(`${origin}/afmelden?status=${ok ? "afgemeld" : "onbekend"}`, 303);
}
