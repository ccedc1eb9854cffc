"use client";
// useActionState for our actions, with the pieces every form needs: the
// failed result (error, field errors, typed values) and whether it succeeded.
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

export function useFormAction<T>(action: (prev: unknown, form: FormData) => Promise<ActionResult<T>>) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return { state, formAction, pending, failed, errors: failed?.fieldErrors ?? {}, values: failed?.values, done: state?.ok ? state.data : null };
}

/** After a change the lists on the page are read again. */
export function useRefreshOnDone(done: unknown) {
  const router = useRouter();
  useEffect(() => {
    if (done) router.refresh();
  }, [done, router]);
}
