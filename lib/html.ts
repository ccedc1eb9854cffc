// Escaping text for HTML, for the few places that build HTML as strings:
// mails and Leaflet tooltips (which insert a string as HTML).
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
