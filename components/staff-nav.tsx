"use client";
// The staff menu on every staff page: the sections this user may open, the
// current one marked (aria-current), beheer links on a second line.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { MenuItem } from "@/lib/auth/staff-menu";

function isCurrent(pathname: string, href: string): boolean {
  return href === "/medewerker" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

function Items({ items, pathname }: { items: MenuItem[]; pathname: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? "page" : undefined} className={current ? "font-semibold no-underline" : undefined}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function StaffNav({ work, beheer }: { work: MenuItem[]; beheer: MenuItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Werkplek" className="mb-6 space-y-1 border-b border-gray-300 pb-3">
      <Items items={work} pathname={pathname} />
      {beheer.length > 0 && (
        <div className="flex flex-wrap items-baseline gap-x-3 text-sm">
          <span className="font-semibold">Beheer:</span>
          <Items items={beheer} pathname={pathname} />
        </div>
      )}
    </nav>
  );
}
