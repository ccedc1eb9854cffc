// Shown (with HTTP 403) when a signed-in staff member opens a page outside
// their role or stadsdelen.
import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3 py-8">
      <h1 className="text-2xl font-bold">Geen toegang</h1>
      <p>U heeft geen toegang tot deze pagina. Dit hoort bij een andere rol of een ander stadsdeel.</p>
      <p>
        <Link href="/medewerker">Naar mijn werkplek</Link>
      </p>
    </div>
  );
}
