// Beheer: afdelingen, thema's and meldingcategorieën with their routing —
// add, rename, switch off (kept on history, gone from forms), merge.
import type { Metadata } from "next";
import { CatalogActiveButton, CatalogItemForm, MergeForm } from "@/components/forms/catalog-forms";
import { TableHead } from "@/components/table-head";
import { mergeCatalog, setCatalogActive } from "@/lib/actions/beheer/catalog-state";
import { saveCategory, saveDepartment, saveTheme } from "@/lib/actions/beheer/save-catalog";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listCatalog } from "@/lib/data/beheer/list-catalog";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Afdelingen, thema's en categorieën" };

export default async function CatalogPage() {
  const user = await requireUser();
  const { departments, themes, categories } = await orRefuse(listCatalog(user));
  const deptOptions = departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  const deptName = (id: string | null) => departments.find((d) => d.id === id)?.name ?? "—";
  const status = (active: boolean) => (active ? "In gebruik" : "Uitgezet");
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">Afdelingen, thema&apos;s en categorieën</h1>
      <p>
        Uitgezette onderdelen blijven bij wat er al mee is vastgelegd, maar zijn niet meer te kiezen. Niets wordt verwijderd zolang het gebruikt wordt;
        samenvoegen verplaatst alles.
      </p>

      <section aria-labelledby="afd-kop" className="space-y-3">
        <h2 id="afd-kop" className="text-xl font-semibold">
          Afdelingen
        </h2>
        <ScrollTable label="Afdelingen">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Naam", "Meldingen", "Medewerkers", "Status", "Wijzigen"]} />
            <tbody>
              {departments.map((d) => (
                <tr key={d.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">{d.name}</td>
                  <td className="py-2 pr-3">{d._count.meldingen}</td>
                  <td className="py-2 pr-3">{d._count.users}</td>
                  <td className="py-2 pr-3">
                    {status(d.active)}
                    <CatalogActiveButton kind="afdeling" id={d.id} name={d.name} active={d.active} action={setCatalogActive} />
                  </td>
                  <td className="py-2">
                    <details>
                      <summary>
                        Naam wijzigen<span className="sr-only">: {d.name}</span>
                      </summary>
                      <CatalogItemForm kind="afdeling" action={saveDepartment} departments={deptOptions} initial={d} submitLabel="Opslaan" />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <h3 className="font-semibold">Nieuwe afdeling</h3>
        <CatalogItemForm kind="afdeling" action={saveDepartment} departments={deptOptions} submitLabel="Afdeling toevoegen" />
      </section>

      <section aria-labelledby="thema-kop" className="space-y-3">
        <h2 id="thema-kop" className="text-xl font-semibold">
          Thema&apos;s
        </h2>
        <ScrollTable label="Thema's">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Naam", "Standaardafdeling", "Inbreng", "Meldingen", "Status", "Wijzigen"]} />
            <tbody>
              {themes.map((t) => (
                <tr key={t.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">{t.name}</td>
                  <td className="py-2 pr-3">{deptName(t.defaultDepartmentId)}</td>
                  <td className="py-2 pr-3">{t._count.inbreng}</td>
                  <td className="py-2 pr-3">{t._count.meldingen}</td>
                  <td className="py-2 pr-3">
                    {status(t.active)}
                    <CatalogActiveButton kind="thema" id={t.id} name={t.name} active={t.active} action={setCatalogActive} />
                  </td>
                  <td className="py-2">
                    <details>
                      <summary>
                        Wijzigen<span className="sr-only">: {t.name}</span>
                      </summary>
                      <CatalogItemForm kind="thema" action={saveTheme} departments={deptOptions} initial={t} submitLabel="Opslaan" />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <h3 className="font-semibold">Nieuw thema</h3>
        <CatalogItemForm kind="thema" action={saveTheme} departments={deptOptions} submitLabel="Thema toevoegen" />
        <h3 className="font-semibold">Twee thema&apos;s samenvoegen</h3>
        <MergeForm kind="thema" options={themes.map((t) => ({ value: t.id, label: t.name }))} action={mergeCatalog} />
      </section>

      <section aria-labelledby="cat-kop" className="space-y-3">
        <h2 id="cat-kop" className="text-xl font-semibold">
          Meldingcategorieën en routering
        </h2>
        <ScrollTable label="Meldingcategorieën">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Naam", "Gaat naar", "Termijn", "Meldingen", "Status", "Wijzigen"]} />
            <tbody>
              {categories.map((c) => (
                <tr key={c.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-3">{c.name}</td>
                  <td className="py-2 pr-3">{deptName(c.defaultDepartmentId)}</td>
                  <td className="py-2 pr-3">{c.defaultDueDays} dagen</td>
                  <td className="py-2 pr-3">{c._count.meldingen}</td>
                  <td className="py-2 pr-3">
                    {status(c.active)}
                    <CatalogActiveButton kind="categorie" id={c.id} name={c.name} active={c.active} action={setCatalogActive} />
                  </td>
                  <td className="py-2">
                    <details>
                      <summary>
                        Wijzigen<span className="sr-only">: {c.name}</span>
                      </summary>
                      <CatalogItemForm kind="categorie" action={saveCategory} departments={deptOptions} initial={c} submitLabel="Opslaan" />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <h3 className="font-semibold">Nieuwe categorie</h3>
        <CatalogItemForm kind="categorie" action={saveCategory} departments={deptOptions} submitLabel="Categorie toevoegen" />
        <h3 className="font-semibold">Twee categorieën samenvoegen</h3>
        <MergeForm kind="categorie" options={categories.map((c) => ({ value: c.id, label: c.name }))} action={mergeCatalog} />
      </section>
    </div>
  );
}
