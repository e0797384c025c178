import { afterEach, describe, expect, it } from "vitest";
import { formToObject, HostileFormError, safeSegment } from "./form-data";

function form(entries: [string, string][]) {
  return entries as [string, FormDataEntryValue][];
}

const PRISTINE = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  hasOwn: Object.getOwnPropertyNames(Object.prototype.hasOwnProperty).sort(),
  toString: Object.getOwnPropertyNames(Object.prototype.toString).sort(),
  valueOf: Object.getOwnPropertyNames(Object.prototype.valueOf).sort(),
};

afterEach(() => {
  // If a test ever polluted the process, every later test in this file would be meaningless.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE.object);
  expect(Object.getOwnPropertyNames(Object.prototype.hasOwnProperty).sort()).toEqual(PRISTINE.hasOwn);
  expect(Object.getOwnPropertyNames(Object.prototype.toString).sort()).toEqual(PRISTINE.toString);
  expect(Object.getOwnPropertyNames(Object.prototype.valueOf).sort()).toEqual(PRISTINE.valueOf);
});

describe("formToObject", () => {
  it("builds nested objects and arrays from dotted names", () => {
    const out = formToObject(form([["familyId", "f1"], ["parents.0.name", "Anna"], ["parents.1.name", "Bo"], ["goals.0.text", "x"], ["goals.0.helpers", "a"], ["goals.0.helpers", "b"]]));
    expect(JSON.parse(JSON.stringify(out))).toEqual({ familyId: "f1", parents: [{ name: "Anna" }, { name: "Bo" }], goals: [{ text: "x", helpers: ["a", "b"] }] });
  });

  it("keeps field names like name and length, which plain objects do not inherit", () => {
    expect(JSON.parse(JSON.stringify(formToObject(form([["name", "a"], ["length", "3"], ["call", "x"]]))))).toEqual({ name: "a", length: "3", call: "x" });
  });

  it("drops React's own $ fields and leaves holes out of arrays", () => {
    const out = formToObject(form([["$ACTION_ID_1", "x"], ["rows.3.v", "a"], ["rows.7.v", "b"]]));
    expect(JSON.parse(JSON.stringify(out))).toEqual({ rows: [{ v: "a" }, { v: "b" }] });
  });

  it.each([
    "hasOwnProperty.call", "toString.x", "valueOf.a.b", "__proto__.polluted", "constructor.prototype.polluted",
    "a.__proto__.polluted", "isPrototypeOf", "parents.0.constructor.x", "__defineGetter__", "toLocaleString.y", "a..b", "",
  ])("refuses the hostile name %j and changes no prototype", (name) => {
    expect(() => formToObject(form([[name, "x"]]))).toThrow(HostileFormError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call({ a: 1 }, "a")).toBe(true);
  });

  it("refuses NUL bytes in values and absurd depth", () => {
    expect(() => formToObject(form([["q", "a\0b"]]))).toThrow(HostileFormError);
    expect(() => formToObject(form([["a.b.c.d.e.f.g", "x"]]))).toThrow(HostileFormError);
  });

  it("returns objects without a prototype, so nothing inherited can be read from them", () => {
    const out = formToObject(form([["a.b", "1"]]));
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.getPrototypeOf(out.a)).toBeNull();
    expect((out as Record<string, unknown>).toString).toBeUndefined();
  });

  it("safeSegment accepts our names and refuses inherited ones", () => {
    expect(["familyId", "0", "name", "ratings"].every(safeSegment)).toBe(true);
    expect(["hasOwnProperty", "__proto__", "constructor", "prototype", "valueOf", ""].some(safeSegment)).toBe(false);
  });
});
