const base = "http://quire.invalid";

/**
 * A return address that stays on this site: a path (with query and fragment) or "/". Anything
 * absolute, protocol-relative or otherwise odd becomes "/". The address is normalised first and
 * the result checked, so dot segments ("/.//evil.example") cannot turn into another host, and
 * the answer is its own answer again (idempotent).
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  const onSite = url.origin === base && path.startsWith("/") && !path.startsWith("//") && !path.includes("\\");
  return onSite ? path : "/";
}

/** The sign-in page's address, returning to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}
