// The authorisation rules: deny by default, stadsdeel and department scope.
import { describe, expect, it } from "vitest";
import {
  type SessionUser,
  canAdminister,
  canManageStadsdeel,
  canViewDashboard,
  canViewStadsdeel,
  canWorkDepartment,
  readableStadsdeelIds,
} from "../../lib/auth/permissions.ts";

const base = { id: "u", email: "x@example.org", name: "X", departmentId: null, stadsdeelIds: [], wethouderStadsdeelId: null, organisationId: null };
const partner: SessionUser = { ...base, role: "PARTNER", organisationId: "politie" };
const regisseurNoord: SessionUser = { ...base, role: "STADSDEELREGISSEUR", stadsdeelIds: ["noord"] };
const wethouder: SessionUser = { ...base, role: "WETHOUDER", wethouderStadsdeelId: "zuid" };
const medewerker: SessionUser = { ...base, role: "AFDELINGSMEDEWERKER", departmentId: "afval" };
const beheerder: SessionUser = { ...base, role: "BEHEERDER" };

describe("permissions", () => {
  it("nobody signed in may do anything", () => {
    expect(canViewStadsdeel(null, "noord")).toBe(false);
    expect(canManageStadsdeel(null, "noord")).toBe(false);
    expect(canWorkDepartment(null, "afval")).toBe(false);
    expect(canViewDashboard(null)).toBe(false);
    expect(readableStadsdeelIds(null)).toEqual([]);
  });
  it("a regisseur works in their own stadsdelen only", () => {
    expect(canViewStadsdeel(regisseurNoord, "noord")).toBe(true);
    expect(canManageStadsdeel(regisseurNoord, "noord")).toBe(true);
    expect(canViewStadsdeel(regisseurNoord, "zuid")).toBe(false);
    expect(canManageStadsdeel(regisseurNoord, "zuid")).toBe(false);
    expect(canWorkDepartment(regisseurNoord, "afval")).toBe(false);
    expect(readableStadsdeelIds(regisseurNoord)).toEqual(["noord"]);
  });
  it("a wethouder reads every stadsdeel and changes nothing", () => {
    expect(canViewStadsdeel(wethouder, "noord")).toBe(true);
    expect(canManageStadsdeel(wethouder, "zuid")).toBe(false);
    expect(canWorkDepartment(wethouder, "afval")).toBe(false);
    expect(canViewDashboard(wethouder)).toBe(true);
    expect(readableStadsdeelIds(wethouder)).toBeUndefined();
  });
  it("an afdelingsmedewerker works their own department's meldingen only", () => {
    expect(canWorkDepartment(medewerker, "afval")).toBe(true);
    expect(canWorkDepartment(medewerker, "verkeer")).toBe(false);
    expect(canViewStadsdeel(medewerker, "noord")).toBe(false);
    expect(readableStadsdeelIds(medewerker)).toEqual([]);
  });
  it("a partner reads and changes no stadsdeel, department or dashboard", () => {
    expect(canViewStadsdeel(partner, "noord")).toBe(false);
    expect(canManageStadsdeel(partner, "noord")).toBe(false);
    expect(canWorkDepartment(partner, "afval")).toBe(false);
    expect(canViewDashboard(partner)).toBe(false);
    expect(canAdminister(partner)).toBe(false);
    expect(readableStadsdeelIds(partner)).toEqual([]);
  });
  it("only a beheerder administers", () => {
    expect(canAdminister(beheerder)).toBe(true);
    for (const u of [regisseurNoord, wethouder, medewerker]) expect(canAdminister(u)).toBe(false);
  });
});
