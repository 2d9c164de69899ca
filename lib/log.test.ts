import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { loggable } from "./log";

describe("loggable", () => {
  it("keeps a failed query's SQL and reason, never its parameters or the row's values", () => {
    const cause = Object.assign(new Error('new row for relation "users" violates check constraint'), {
      code: "23514",
      detail: "Failing row contains (id, Ada, $argon2id$v=19$secret)",
    });
    const error = new DrizzleQueryError("insert into users values ($1, $2)", ["Ada", "$argon2id$v=19$secret"], cause);
    const logged = JSON.stringify(loggable(error));
    expect(logged).toContain("insert into users");
    expect(logged).toContain("23514");
    expect(logged).not.toContain("argon2id");
    expect(JSON.stringify(loggable(new Error("wrapped", { cause: error })))).not.toContain("argon2id");
  });
});
