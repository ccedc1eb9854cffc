// Public page of a focusgebied (e.g. a Veerkrachtige Wijk): its buurten and
// inhabitants, the phases of the approach with their dates, what partners
// committed, its vastgesteld
// gebiedsagenda, and the opgaven of the stadsdeelprogramma about it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFocusgebied } from "@/lib/data/programma/get-focusgebied";
import { focusgebiedFaseLabels, formatDate } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const f = await getFocusgebied((await params).slug);
  return { title: f ? `Focusgebied ${f.name}` : "Focusgebied niet gevonden" };
}

export default async function FocusgebiedPage({ params }: Props) {
  const f = await getFocusgebied((await params).slug);
  if (!f) notFound();
  const today = new Date();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Focusgebied {f.name}</h1>
        <p>
          In stadsdeel <Link href={`/stadsdelen/${f.stadsdeel.slug}`}>{f.stadsdeel.name}</Link>. {f.description}
        </p>
        <ul className="list-disc pl-5">
          {f.buurten.map((b) => (
            <li key={b.code}>
              Buurt {b.name}
              {b.inwoners ? `: ${b.inwoners.value.toLocaleString("nl-NL")} inwoners (${b.inwoners.year}, ${b.inwoners.source})` : ""}
            </li>
          ))}
        </ul>
      </header>
      <section aria-labelledby="fasen-kop" className="space-y-2">
        <h2 id="fasen-kop" className="text-2xl font-semibold">
          Aanpak in fasen
        </h2>
        {f.fasen.length === 0 ? (
          <p>De fasen zijn nog niet gepland.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5">
            {f.fasen.map((x) => {
              const now = x.startsOn <= today && (!x.endsOn || x.endsOn >= today);
              return (
                <li key={x.fase}>
                  {focusgebiedFaseLabels[x.fase]}: {formatDate(x.startsOn)}
                  {x.endsOn ? ` – ${formatDate(x.endsOn)}` : " en verder"}
                  {now ? " (nu)" : ""}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="bijdragen-kop" className="space-y-2">
        <h2 id="bijdragen-kop" className="text-2xl font-semibold">
          Wie draagt wat bij
        </h2>
        {f.bijdragen.length === 0 ? (
          <p>Er zijn nog geen toezeggingen van partners vastgelegd.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {f.bijdragen.map((b) => (
              <li key={b.id}>
                <span className="font-semibold">{b.organisation.name}</span> (toegezegd {formatDate(b.committedOn)}): {b.what}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agenda-kop" className="space-y-2">
        <h2 id="agenda-kop" className="text-2xl font-semibold">
          Gebiedsagenda
        </h2>
        {!f.agenda ? (
          <p>De gebiedsagenda is nog niet vastgesteld.</p>
        ) : (
          <>
            <p>
              {f.agenda.title}, {f.agenda.startYear}–{f.agenda.endYear}; vastgesteld op {formatDate(f.agenda.vastgesteldOp!)} (kenmerk {f.agenda.besluitKenmerk}
              ).
            </p>
            <ul className="list-disc space-y-1 pl-5">
              {f.agenda.opgaven.map((o) => (
                <li key={o.id}>
                  <span className="font-semibold">{o.title}</span> — {o.waarom}
                  {o.doelen.length ? ` Doelen: ${o.doelen.map((d) => d.text).join("; ")}.` : ""}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="programma-kop" className="space-y-2">
        <h2 id="programma-kop" className="text-2xl font-semibold">
          In het stadsdeelprogramma
        </h2>
        {f.opgaven.length === 0 ? (
          <p>Het vastgestelde stadsdeelprogramma noemt dit focusgebied nog niet.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {f.opgaven.map((o) => (
              <li key={o.id}>
                <span className="font-semibold">{o.title}</span> ({o.programma.title}) — {o.waarom}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/stadsdelen/${f.stadsdeel.slug}/programma`}>Het stadsdeelprogramma van {f.stadsdeel.name}</Link>
        </p>
      </section>
    </div>
  );
}
