// CSV and Excel links for one dashboard block, with the page's filters.
export function ExportLinks({ blok, query, label = "Exporteren" }: { blok: string; query: URLSearchParams; label?: string }) {
  const href = (formaat: string) => `/medewerker/dashboard/export?${new URLSearchParams([...query, ["blok", blok], ["formaat", formaat]])}`;
  return (
    <p className="no-print text-sm">
      {label}: <a href={href("csv")}>CSV</a> · <a href={href("xlsx")}>Excel</a>
    </p>
  );
}
