// "Dit was ik niet": the link in a confirmation mail opens this page; only
// the button (a POST) undoes the registration, so a mail scanner that
// follows the link changes nothing.
import type { Metadata } from "next";
import { NotMeForm } from "@/components/forms/manage-forms";
import { notMe } from "@/lib/actions/registration/not-me";
import { getOwnRegistration } from "@/lib/data/residents/get-own-registration";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Dit was ik niet", robots: { index: false } };

export default async function NotMePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ registratie?: string }> }) {
  const { token } = await params;
  const r = await getOwnRegistration(token, (await searchParams).registratie ?? "");
  if (!r) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">Link verlopen of ongeldig</h1>
        <p>Deze link werkt niet (meer), of de aanmelding is al ongedaan gemaakt. Neem bij twijfel contact op met de gemeente.</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Dit was ik niet</h1>
      <p>
        Met uw e-mailadres is iemand aangemeld voor &quot;{r.bijeenkomst.title}&quot; op {formatDate(r.bijeenkomst.startsAt)}. Was u dat niet, dan maken we die
        aanmelding ongedaan en verwijderen we wat erbij is ingevuld. Heeft u verder niets bij ons, dan verwijderen we ook uw e-mailadres.
      </p>
      <NotMeForm action={notMe} token={token} registrationId={r.id} title={r.bijeenkomst.title} />
    </div>
  );
}
