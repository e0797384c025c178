import { describe, expect, it } from "vitest";
import { checkSiteCvr, isFosterFamily, isValidCvr, normaliseCvr, SITE_KINDS } from "./index";

describe("CVR modulus-11 check", () => {
  it("accepts real CVR numbers", () => {
    for (const cvr of ["10150817", "25313763", "29189897"]) expect(isValidCvr(cvr)).toBe(true);
  });
  it("refuses a number whose weighted sum is not a multiple of 11 (one digit changed)", () => {
    expect(isValidCvr("10150818")).toBe(false);
    expect(isValidCvr("25313764")).toBe(false);
  });
  it("refuses wrong lengths, letters and a leading zero", () => {
    for (const cvr of ["1015081", "101508170", "1O150817", "", "01234567"]) expect(isValidCvr(cvr)).toBe(false);
  });
  it("normalises spaces and a DK prefix", () => {
    expect(normaliseCvr(" DK 1015 0817 ")).toBe("10150817");
  });
});

describe("CVR per kind", () => {
  it("is optional only for foster families", () => {
    expect(SITE_KINDS.filter(isFosterFamily)).toEqual(["GENERAL_FOSTER_FAMILY", "REINFORCED_FOSTER_FAMILY", "SPECIALISED_FOSTER_FAMILY", "NETWORK_FOSTER_FAMILY"]);
    expect(checkSiteCvr("GENERAL_FOSTER_FAMILY", null)).toBeNull();
    expect(checkSiteCvr("CHILDRENS_HOME", null)).toEqual({ reason: "CVR_REQUIRED", field: "cvr" });
    expect(checkSiteCvr("BOARDING_SCHOOL", "10150818")).toEqual({ reason: "CVR_INVALID", field: "cvr" });
    expect(checkSiteCvr("CHILDRENS_HOME", "10150817")).toBeNull();
  });
});
