// Site footer: the legally required accessibility statement, privacy, and
// the attribution of the map and area data.
import Link from "next/link";
import { config } from "@/lib/config";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";

export async function SiteFooter() {
  const gemeente = await getGemeente();
  return (
    <footer className="mt-8 border-t border-gray-300 bg-gray-50">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-4 text-sm text-muted">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link prefetch={false} href="/toegankelijkheid">
              Toegankelijkheid
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/privacy">
              Privacy
            </Link>
          </li>
          <li>
            Vragen: <a href={`mailto:${gemeente.contactEmail}`}>{gemeente.contactEmail}</a>
            {gemeente.contactPhone ? `, ${gemeente.contactPhone}` : ""}
          </li>
        </ul>
        <p>
          {gemeente.name} · {config.areaAttribution} · {config.tileAttribution}
        </p>
      </div>
    </footer>
  );
}
