import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { rules } from "@/lib/rate-limit";
import { makeUser } from "../testing";

const from = (address: string) => new Headers({ "x-forwarded-for": address });

describe("password sign-in (checkPassword)", () => {
  it("accepts the right password, case-insensitively by email, and returns nothing private", async () => {
    await makeUser({ name: "Ada", email: "ada@example.test", passwordHash: await hashPassword("right horse battery") });
    const result = await checkPassword(
      { email: "ADA@example.test", password: "right horse battery" },
      from("10.0.0.1"),
    );
    expect(result).toMatchObject({ ok: true, user: { name: "Ada", role: "reader" } });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    await makeUser({ email: "grace@example.test", passwordHash: await hashPassword("right horse battery") });
    expect(await checkPassword({ email: "grace@example.test", password: "wrong" }, from("10.0.0.2"))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkPassword({ email: "nobody@example.test", password: "wrong" }, from("10.0.0.2"))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkPassword({ email: "not an email", password: "x" }, from("10.0.0.2"))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("stops guessing at one account from one address, but the reader still gets in from elsewhere", async () => {
    await makeUser({ email: "target@example.test", passwordHash: await hashPassword("right horse battery") });
    for (let i = 0; i < rules.signInPerAccount.limit; i++) {
      await checkPassword({ email: "target@example.test", password: `guess ${i}` }, from("203.0.113.9"));
    }
    // Even the right password is refused from the attacker's address for now...
    expect(
      await checkPassword({ email: "target@example.test", password: "right horse battery" }, from("203.0.113.9")),
    ).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    // ...while the reader, from their own address, is not locked out.
    expect(
      (await checkPassword({ email: "target@example.test", password: "right horse battery" }, from("198.51.100.7"))).ok,
    ).toBe(true);
  });

  it("stops one address guessing across many accounts", async () => {
    for (let i = 0; i < rules.signInPerAddress.limit; i++) {
      await checkPassword({ email: `spray${i}@example.test`, password: "x" }, from("192.0.2.50"));
    }
    expect(await checkPassword({ email: "someone@example.test", password: "x" }, from("192.0.2.50"))).toEqual({
      ok: false,
      reason: "rate-limited",
    });
  }, 60_000);
});
