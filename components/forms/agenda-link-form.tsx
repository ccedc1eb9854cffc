"use client";
// Link an inbreng or a bijeenkomst of the same stadsdeel to an agenda item.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { ErrorSummary, SelectField, SuccessMessage } from "./form-parts";
import { useFormAction } from "./use-form-action";

type Option = { id: string; name: string };

export function AgendaLinkForm(props: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string }>>;
  agendaItemId: string;
  inbreng: Option[];
  bijeenkomsten: Option[];
}) {
  const { formAction, pending, failed, errors, done } = useFormAction(props.action);
  const router = useRouter();
  useEffect(() => {
    if (done) router.refresh(); // show the new link in the list above
  }, [done, router]);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="agendaItemId" value={props.agendaItemId} />
      <ErrorSummary error={failed?.error} fieldErrors={failed?.fieldErrors} />
      <SuccessMessage>{done ? "De koppeling is opgeslagen." : null}</SuccessMessage>
      <SelectField
        id="inbrengId"
        label="Inbreng koppelen"
        placeholder="Kies inbreng"
        options={props.inbreng.map((o) => ({ value: o.id, label: o.name }))}
        error={errors.inbrengId}
      />
      <SelectField
        id="bijeenkomstId"
        label="Bijeenkomst koppelen"
        placeholder="Kies een bijeenkomst"
        options={props.bijeenkomsten.map((o) => ({ value: o.id, label: o.name }))}
        error={errors.bijeenkomstId}
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
        {pending ? "Bezig…" : "Koppelen"}
      </button>
    </form>
  );
}
