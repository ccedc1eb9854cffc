// next-auth (v4) configuration: staff sign in with e-mail + password, or with
// the municipality's OIDC provider (e.g. Entra ID) when OIDC_* is set. Only
// active staff accounts that exist in the portal get in; sessions are JWTs
// in secure, http-only cookies.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { config, oidcEnabled } from "../config.ts";
import { prisma } from "../db.ts";
import { clientIp } from "../http/client-ip.ts";
import { resolveSsoUser } from "./sso.ts";
import { clearFailedLogins, loginAttemptAllowed } from "./login-throttle.ts";
import { checkPassword } from "./password.ts";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    name: "E-mail en wachtwoord",
    credentials: {
      email: { label: "E-mailadres", type: "email" },
      password: { label: "Wachtwoord", type: "password" },
    },
    async authorize(raw, req) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const email = parsed.data.email;
      const ip = clientIp(new Headers(Object.entries(req?.headers ?? {}).filter((e): e is [string, string] => typeof e[1] === "string")));
      if (!(await loginAttemptAllowed(prisma, email, ip))) return null; // too many attempts: refused without checking the password
      const user = await prisma.user.findUnique({ where: { email } });
      const check = await checkPassword(parsed.data.password, user?.active ? user.passwordHash : null);
      if (!user || !check.ok) return null;
      await clearFailedLogins(prisma, email, ip);
      await prisma.$transaction([
        prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), ...(check.rehash ? { passwordHash: check.rehash } : {}) } }),
        prisma.auditEvent.create({
          data: { actorId: user.id, actorKind: "staff", action: "auth.login", entityType: "User", entityId: user.id, details: { method: "credentials" } },
        }),
      ]);
      return { id: user.id, email: user.email, name: user.name };
    },
  }),
];

if (oidcEnabled()) {
  providers.push({
    id: "oidc",
    name: config.oidc.name,
    type: "oauth",
    wellKnown: `${config.oidc.issuer!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.oidc.clientId,
    clientSecret: config.oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
      return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? "" };
    },
  });
}

export const authOptions: NextAuthOptions = {
  providers,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "credentials") return true;
      // SSO: only staff the beheerder has provisioned, bound to the provider's subject (lib/auth/sso.ts)
      const claims = profile as { sub?: string; oid?: string; email_verified?: boolean } | undefined;
      const staff = await resolveSsoUser(prisma, {
        subject: claims?.oid ?? claims?.sub ?? account?.providerAccountId ?? "",
        email: user.email,
        emailVerified: claims?.email_verified,
      });
      if (!staff) return false;
      await prisma.auditEvent.create({
        data: { actorId: staff.id, actorKind: "staff", action: "auth.login", entityType: "User", entityId: staff.id, details: { method: "oidc" } },
      });
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (user && account?.provider === "credentials") token.uid = user.id;
      else if (user && account) {
        // SSO: the account bound to this subject in signIn above
        const claims = profile as { sub?: string; oid?: string } | undefined;
        const subject = claims?.oid ?? claims?.sub ?? account.providerAccountId;
        const staff = await prisma.user.findUnique({ where: { oidcSubject: subject }, select: { id: true } });
        if (staff) token.uid = staff.id;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
