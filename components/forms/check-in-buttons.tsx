"use client";
// Check-in on the evening, on a tablet: big buttons per registration.
import type { ActionResult } from "@/lib/actions/define-action";
import { useFormAction } from "./use-form-action";

export function CheckInButtons({
  action,
  registrationId,
  status,
  name,
}: {
  action: (prev: unknown, form: FormData) => Promise<ActionResult<{ id: string; status: string }>>;
  registrationId: string;
  status: string;
  name: string;
}) {
  const { formAction, pending, failed, done } = useFormAction(action);
  const current = done?.status ?? status;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      <button
        type="submit"
        name="status"
        value="ATTENDED"
        disabled={pending}
        aria-pressed={current === "ATTENDED"}
        className={`min-h-11 rounded px-4 py-2 font-semibold ${current === "ATTENDED" ? "bg-green-800 text-white" : "border border-green-800 text-green-900"}`}
      >
        Aanwezig<span className="sr-only"> voor {name}</span>
      </button>
      <button
        type="submit"
        name="status"
        value="NO_SHOW"
        disabled={pending}
        aria-pressed={current === "NO_SHOW"}
        className={`min-h-11 rounded px-4 py-2 font-semibold ${current === "NO_SHOW" ? "bg-accent text-white" : "border border-accent text-accent"}`}
      >
        Niet gekomen<span className="sr-only"> voor {name}</span>
      </button>
      {failed && (
        <span role="alert" className="text-accent">
          {failed.error}
        </span>
      )}
    </form>
  );
}
