import Bowser from "bowser";

/**
 * A browser as a person would name it ("Firefox on macOS"), from the user agent it sent when it
 * signed in. Read here, never looked up elsewhere.
 */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return "An unknown browser";
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name) return "An unknown browser";
  return os.name ? `${browser.name} on ${os.name}` : browser.name;
}
