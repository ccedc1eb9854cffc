// Staff login: e-mail + password, and municipal SSO when configured.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { config, oidcEnabled } from "@/lib/config";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Inloggen medewerkers" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

function safeCallback(url: string | undefined): string {
  if (!url) return "/medewerker";
  try {
    const u = new URL(url, "http://x");
    return u.pathname.startsWith("/") && !u.pathname.startsWith("//") ? u.pathname + u.search : "/medewerker";
  } catch {
    return "/medewerker";
  }
}

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Inloggen voor medewerkers</h1>
      <p>Voor stadsdeelregisseurs, afdelingsmedewerkers, wethouders en beheerders. Bewoners hebben geen account nodig.</p>
      <LoginForm
        callbackUrl={target}
        oidc={oidcEnabled() ? config.oidc.name : null}
        initialError={error ? "Inloggen is niet gelukt. Probeer het opnieuw." : null}
      />
    </div>
  );
}
