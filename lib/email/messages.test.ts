import { describe, expect, it } from "vitest";
import { passwordResetEmail, signUpAttemptEmail } from "./messages";

describe("account messages", () => {
  it("have a plain-text and an HTML part with the site's name, the link and why the reader got them", () => {
    const mail = passwordResetEmail({
      to: "a@example.test",
      name: "Ada",
      link: "http://localhost:3000/reset-password?token=abc",
    });
    expect(mail.text).toContain("Hello Ada,");
    expect(mail.text).toContain("<http://localhost:3000/reset-password?token=abc>");
    expect(mail.text).toMatch(/You got this because/);
    expect(mail.html).toMatch(/^<!doctype html>/);
    expect(mail.html).toContain('href="http://localhost:3000/reset-password?token=abc"');
    expect(mail.html).toContain(">Quire<");
    expect(mail.html).toContain("You got this because");
  });

  it("keep a hostile name as text in the HTML part", () => {
    const name = '<img src=x onerror="alert(1)"><a href="https://evil.test">';
    const mail = signUpAttemptEmail({ to: "a@example.test", name, resetLink: "http://localhost:3000/r" });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain('<a href="https://evil.test"');
    expect(mail.html).toContain("&#x3C;img");
    expect(mail.text).toContain(`Hello ${name},`);
  });
});
