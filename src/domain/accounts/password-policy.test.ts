import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./password-policy";

describe("checkNewPassword", () => {
  it.each([
    ["short", "Kort1!", "PASSWORD_TOO_SHORT"],
    ["common though long", "password1234", "PASSWORD_TOO_WEAK"],
    ["keyboard walk", "qwertyuiop123", "PASSWORD_TOO_WEAK"],
    ["repeated", "aaaaaaaaaaaaaaaa", "PASSWORD_TOO_WEAK"],
    ["too long", "x".repeat(201), "PASSWORD_TOO_LONG"],
  ])("refuses %s", (_name, password, reason) => {
    expect(checkNewPassword(password, password)?.reason).toBe(reason);
  });

  it("refuses a password built from the person's own name and e-mail", () => {
    expect(checkNewPassword("MetteRasmussen2026", "MetteRasmussen2026", ["Mette Rasmussen", "mette.rasmussen@aarhus.dk"])?.reason).toBe("PASSWORD_TOO_WEAK");
  });

  it("accepts a long passphrase, and asks for the same twice", () => {
    expect(checkNewPassword("grøn kaffekop på trappen", "grøn kaffekop på trappen")).toBeNull();
    expect(checkNewPassword("grøn kaffekop på trappen", "grøn kaffekop på trapen")?.reason).toBe("PASSWORD_MISMATCH");
  });
});
