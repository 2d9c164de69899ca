import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/credentials";
import { rules, takeAttempt } from "@/lib/rate-limit";
import { createPasswordUser } from "./users";

describe("rate limits under a burst (real Postgres)", () => {
  it("a burst of 40 wrong passwords for one account verifies at most the limit, and the right one is then refused too", async () => {
    const email = `burst-${Date.now()}@example.test`;
    await createPasswordUser({
      name: "Burst",
      email,
      passwordHash: await hashPassword("the right passphrase"),
      verified: true,
    });
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7" });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => checkPassword({ email, password: `wrong guess ${i}` }, headers)),
    );
    const verified = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(verified).toBe(rules.signInPerAccount.limit);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(40 - rules.signInPerAccount.limit);
    expect(await checkPassword({ email, password: "the right passphrase" }, headers)).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
  });

  it("25 parallel attempts at one rule get exactly its limit through", async () => {
    const key = `burst-${Date.now()}`;
    const taken = await Promise.all(Array.from({ length: 25 }, () => takeAttempt(rules.signUpPerAddress, key)));
    expect(taken.filter(Boolean)).toHaveLength(rules.signUpPerAddress.limit);
  });
});
