const base = "http://quire.invalid";

/**
 * A return address that stays on this site: a path (with query and fragment) or "/". Anything
 * absolute, protocol-relative or otherwise odd becomes "/".
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return "/";
  }
  try {
    const url = new URL(value, base);
    if (url.origin !== base) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/** The sign-in page's address, returning to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}
