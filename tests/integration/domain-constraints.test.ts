// Constraints the database itself enforces, whatever the application does.
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../setup/database.ts";

describe("database constraints", () => {
  it("refuses negative capacity, a second registration of the same person, and party sizes outside 1–4", async () => {
    const db = await createTestDatabase("demo");
    const b = await db.prisma.bijeenkomst.findFirstOrThrow({ include: { registrations: { take: 1 } } });
    await expect(db.prisma.bijeenkomst.update({ where: { id: b.id }, data: { capacity: -1 } })).rejects.toThrow(/Bijeenkomst_capacity_nonnegative/);
    const reg = b.registrations[0];
    await expect(db.prisma.registration.create({ data: { participantId: reg.participantId, bijeenkomstId: b.id, status: "CONFIRMED" } })).rejects.toThrow(
      /Unique constraint/,
    );
    await expect(db.prisma.registration.update({ where: { id: reg.id }, data: { partySize: 5 } })).rejects.toThrow(/Registration_party_size_1_4/);
    expect((await db.prisma.registration.findUniqueOrThrow({ where: { id: reg.id } })).partySize).toBe(reg.partySize);
  });

  it("refuses a closed melding without a public answer and blank inbreng text", async () => {
    const db = await createTestDatabase("demo");
    const m = await db.prisma.melding.findFirstOrThrow({ where: { status: "IN_BEHANDELING" } });
    await expect(db.prisma.melding.update({ where: { id: m.id }, data: { status: "AFGEHANDELD", publicAnswer: " " } })).rejects.toThrow(
      /Melding_closed_has_answer/,
    );
    const i = await db.prisma.inbreng.findFirstOrThrow();
    await expect(db.prisma.inbreng.update({ where: { id: i.id }, data: { text: "   " } })).rejects.toThrow(/Inbreng_text_not_blank/);
  });

  it("keeps the audit trail append-only", async () => {
    const db = await createTestDatabase("demo");
    const e = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(db.prisma.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.update({ where: { id: e.id }, data: { action: "iets anders" } })).rejects.toThrow(/append-only/);
    expect((await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).action).toBe(e.action);
  });
});
