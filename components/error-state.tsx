"use client";
// Unexpected failures end here: a plain Dutch message, never a stack trace.
import { useEffect } from "react";

export function ErrorState({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3 py-8">
      <h1 className="text-2xl font-bold">Er ging iets mis</h1>
      <p>Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de gemeente{error.digest ? ` en noem code ${error.digest}` : ""}.</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-white">
        Opnieuw proberen
      </button>
    </div>
  );
}
