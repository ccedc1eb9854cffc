// Marker icons for inbreng: a letter and a colour per kind (never colour alone).
import L from "leaflet";

export const kindStyle: Record<string, { letter: string; colour: string; label: string }> = {
  GAAT_GOED: { letter: "G", colour: "#1b6e2a", label: "Gaat goed" },
  KAN_BETER: { letter: "K", colour: "#b3261e", label: "Kan beter" },
  IDEE: { letter: "I", colour: "#5b3a9c", label: "Idee" },
  VRAAG: { letter: "V", colour: "#00507a", label: "Vraag" },
};

export function pinIcon(kind: string, selected = false): L.DivIcon {
  const s = kindStyle[kind] ?? kindStyle.VRAAG;
  const size = selected ? 30 : 24;
  return L.divIcon({
    className: "inbreng-pin",
    html: `<span style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:50%;background:${s.colour};color:#fff;font:bold 13px/1 system-ui,sans-serif;border:2px solid ${selected ? "#f6b100" : "#fff"};box-shadow:0 0 0 1px #333">${s.letter}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

export function pendingIcon(): L.DivIcon {
  return L.divIcon({
    className: "inbreng-pin-pending",
    html: `<span style="display:block;width:22px;height:22px;border-radius:50%;border:3px dashed #1a1f24;background:rgba(246,177,0,.6)"></span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });
}
