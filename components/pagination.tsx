// "Vorige pagina" / "Volgende pagina" under a paged list, as links that keep
// the list's filters (the caller builds the address for a page number).
import Link from "next/link";

export function Pagination({
  page,
  pageSize,
  total,
  href,
  label = "Paginering",
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label?: string;
}) {
  return (
    <nav aria-label={label} className="flex gap-4">
      {page > 1 && <Link href={href(page - 1)}>Vorige pagina</Link>}
      {page * pageSize < total && <Link href={href(page + 1)}>Volgende pagina</Link>}
    </nav>
  );
}
