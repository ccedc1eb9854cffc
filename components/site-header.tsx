// Site header: municipality name, main navigation, and the staff login state.
import Link from "next/link";
import { SignOutButton } from "@/components/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/permissions";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";

export async function SiteHeader() {
  const [user, gemeente] = await Promise.all([getCurrentUser(), getGemeente()]);
  // an anonymous visitor's pages come from the public page cache; prefetching every menu item on every page view
  // would make the server render each one for the few who click (staff keep Next's prefetch)
  const prefetch = user ? undefined : false;
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link prefetch={prefetch} href="/" className="text-white no-underline hover:text-white">
          <span className="block text-sm">{gemeente.name}</span>
          <span className="block text-xl font-bold">Stadsdeelportaal</span>
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="flex flex-wrap items-center gap-4">
            <li>
              <Link prefetch={prefetch} className="text-white hover:text-white" href="/">
                Stadsdelen
              </Link>
            </li>
            <li>
              <Link prefetch={prefetch} className="text-white hover:text-white" href="/bijeenkomsten">
                Bijeenkomsten
              </Link>
            </li>
            {user ? (
              <>
                <li>
                  <Link className="text-white hover:text-white" href="/medewerker">
                    Mijn werkplek
                  </Link>
                </li>
                <li className="text-sm">
                  {user.name} <span className="opacity-90">({roleLabels[user.role]})</span>
                </li>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <li>
                <Link prefetch={false} className="text-white hover:text-white" href="/login">
                  Inloggen medewerkers
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
