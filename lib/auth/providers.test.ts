import { describe, expect, it } from "vitest";
import { configuredProviders } from "./providers";

describe("configuredProviders", () => {
  it("offers nothing but email and password by default", () => {
    expect(configuredProviders({})).toEqual([]);
  });
  it("offers a provider only when both its id and secret are set", () => {
    expect(configuredProviders({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(configuredProviders({ AUTH_GOOGLE_SECRET: "s" })).toEqual([]);
    expect(configuredProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" })).toEqual([
      { id: "github", name: "GitHub" },
    ]);
    expect(
      configuredProviders({
        AUTH_GITHUB_ID: "a",
        AUTH_GITHUB_SECRET: "b",
        AUTH_GOOGLE_ID: "c",
        AUTH_GOOGLE_SECRET: "d",
      }).map((p) => p.id),
    ).toEqual(["github", "google"]);
  });
});
