import { describe, expect, it } from "vitest";
import { decideParentSignIn } from "./parent-sso";

const parent = { id: "u1", role: "PARENT", active: true };
const claims = { sub: "x", email: "Thomas@Example.dk", email_verified: true };

describe("a parent's sign-in through the parents' own provider", () => {
  it("lets in an active parent login by the vouched e-mail", () => {
    expect(decideParentSignIn(claims, parent)).toEqual({ kind: "SIGN_IN", userId: "u1" });
    expect(decideParentSignIn({ email: "thomas@example.dk" }, parent)).toEqual({ kind: "SIGN_IN", userId: "u1" });
  });
  it("refuses no e-mail, an unverified one, an unknown person, a suspended parent and every staff login", () => {
    expect(decideParentSignIn({ sub: "x" }, parent)).toEqual({ kind: "REFUSE", reason: "SsoNoEmail" });
    expect(decideParentSignIn({ ...claims, email_verified: false }, parent)).toEqual({ kind: "REFUSE", reason: "SsoEmailUnverified" });
    expect(decideParentSignIn(claims, null)).toEqual({ kind: "REFUSE", reason: "ParentSsoUnknown" });
    expect(decideParentSignIn(claims, { ...parent, active: false })).toEqual({ kind: "REFUSE", reason: "ParentSsoSuspended" });
    for (const role of ["CASEWORKER", "ADMIN", "SITE"]) expect(decideParentSignIn(claims, { ...parent, role })).toEqual({ kind: "REFUSE", reason: "ParentSsoStaffUser" });
  });
});
