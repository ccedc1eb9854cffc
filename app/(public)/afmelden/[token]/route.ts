// One-click unsubscribe from the link in every mail: leaves the
// participation pool (no more invitations) and withdraws that consent.
// Mails about the resident's own registrations still arrive.
import { setPool } from "@/lib/actions/registration/set-pool-membership";
import { prisma } from "@/lib/db";
import { verifyToken } from "@/lib/tokens";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = verifyToken((await params).token, "unsubscribe");
  const origin = new URL(request.url).origin;
  if (!payload) return Response.redirect(`${origin}/afmelden?status=ongeldig`, 303);
  const ok = await prisma.$transaction((tx) => setPool(tx, payload.p, false)).then(() => true, () => false);
  return Response.redirect(`${origin}/afmelden?status=${ok ? "afgemeld" : "onbekend"}`, 303);
}
