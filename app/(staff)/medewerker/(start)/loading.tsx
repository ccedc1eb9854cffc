// Shown while the page's data loads.
export default function Loading() {
  return (
    <p role="status" className="py-8">
      Laden…
    </p>
  );
}
