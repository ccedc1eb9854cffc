// The shared "not found" and "loading" states used by every route group's
// not-found.tsx and loading.tsx (error.tsx needs a client component: error-state.tsx).
import Link from "next/link";

export function NotFoundState() {
  return (
    <div className="space-y-3 py-8">
      <h1 className="text-2xl font-bold">Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer).</p>
      <p>
        <Link href="/">Naar de stadsdelen</Link>
      </p>
    </div>
  );
}

export function LoadingState() {
  return (
    <p role="status" className="py-8">
      Laden…
    </p>
  );
}
