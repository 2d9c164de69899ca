/** A sign-in provider this deployment offers besides email and password. */
export type ProviderInfo = { id: "github" | "google"; name: string };

/**
 * The providers whose client id and secret are both set. A provider with either missing is not
 * offered at all, rather than offered and broken.
 */
export function configuredProviders(environment: Record<string, string | undefined>): ProviderInfo[] {
  const providers: ProviderInfo[] = [];
  if (environment.AUTH_GITHUB_ID && environment.AUTH_GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (environment.AUTH_GOOGLE_ID && environment.AUTH_GOOGLE_SECRET) providers.push({ id: "google", name: "Google" });
  return providers;
}
