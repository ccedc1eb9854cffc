// A melding's number in the meldingen system under its description; a link
// into Signalen when the beheerder has set where a melding opens there.
export function ExternalReference({ reference, href, fromSignalen }: { reference: string; href: string | null; fromSignalen: boolean }) {
  const text = fromSignalen ? `Signalen ${reference}` : reference;
  return (
    <span className="block text-sm text-muted">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {text} <span className="sr-only">(opent Signalen in een nieuw tabblad)</span>
        </a>
      ) : (
        text
      )}
    </span>
  );
}
