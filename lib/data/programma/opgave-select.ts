// What the programma pages read of an opgave's betrokkenen (names only) and
// bouwstenen (inbreng text and theme — inbreng carries no resident data —,
// the verslag's bijeenkomst, the indicator value snapshot), shared by the
// staff and the public data functions.
export const betrokkeneSelect = {
  id: true,
  department: { select: { name: true } },
  organisation: { select: { name: true } },
  user: { select: { name: true } },
} as const;

export const bouwsteenSelect = {
  id: true,
  inbreng: { select: { text: true, createdAt: true, theme: { select: { name: true } } } },
  verslag: { select: { bijeenkomst: { select: { title: true, startsAt: true } } } },
  indicator: { select: { name: true, unit: true } },
  areaCode: true,
  periodStart: true,
  periodEnd: true,
  value: true,
} as const;
