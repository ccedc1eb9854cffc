// Unknown address within this part of the portal.
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 py-8">
      <h1 className="text-2xl font-bold">Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer).</p>
      <p><Link href="/">Naar de stadsdelen</Link></p>
    </div>
  );
}
