// The address of a melding in Signalen's own screens, from the beheerder's
// template ("https://meldingen.gemeente.nl/manage/incident/{id}"); null
// without a template or an id.
export function signalenLink(template: string | null | undefined, externalId: string | null | undefined): string | null {
  return template && externalId ? template.replaceAll("{id}", encodeURIComponent(externalId)) : null;
}
