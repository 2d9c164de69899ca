import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";

// The script runs as a person would run it: a child process with the password on stdin, against
// an embedded database of its own.
const dataDir = mkdtempSync(path.join(tmpdir(), "quire-user-create-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function createUser(args: string[], password: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync("node_modules/.bin/tsx", ["db/create-user.ts", ...args], {
    input: password,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe("npm run user:create", () => {
  it("creates the first admin from a piped password, then refuses the same email again", () => {
    const created = createUser(
      ["--email", "Boss@Example.com", "--name", "The Boss", "--role", "admin"],
      "a long and unusual passphrase\n",
    );
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining("Created admin boss@example.com") });
    const again = createUser(["--email", "boss@example.com"], "another long passphrase");
    expect(again.code).toBe(1);
    expect(again.out).toContain("already exists");
  });

  it("refuses a common password, a bad email and an unknown role, saying why", () => {
    expect(createUser(["--email", "x@example.com"], "password")).toMatchObject({
      code: 1,
      out: expect.stringContaining("most common"),
    });
    expect(createUser(["--email", "not-an-email"], "a long and unusual passphrase")).toMatchObject({
      code: 1,
      out: expect.stringContaining("valid email"),
    });
    expect(createUser(["--email", "y@example.com", "--role", "owner"], "a long and unusual passphrase")).toMatchObject({
      code: 1,
      out: expect.stringContaining("role"),
    });
  });

  it("takes the first line of a piped password typed twice, and refuses two lines that differ", async () => {
    // `printf 'pw\npw\n' |`: the habit from tools that ask twice.
    const twice = createUser(
      ["--email", "twice@example.com"],
      "a long and unusual passphrase\na long and unusual passphrase\n",
    );
    expect(twice).toMatchObject({ code: 0, out: expect.stringContaining("Created reader twice@example.com") });
    const database = new PGlite(dataDir);
    try {
      const { rows } = await database.query<{ password_hash: string }>(
        "select password_hash from users where email = 'twice@example.com'",
      );
      expect(await verifyPassword(rows[0]!.password_hash, "a long and unusual passphrase")).toBe(true);
    } finally {
      await database.close();
    }
    const differ = createUser(
      ["--email", "differ@example.com"],
      "a long and unusual passphrase\nsomething else entirely\n",
    );
    expect(differ).toMatchObject({ code: 1, out: expect.stringContaining("lines that differ") });
  });
});
