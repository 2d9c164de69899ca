/** The reader's colour theme: their own choice, or whatever their system prefers. */
export type Theme = "light" | "dark" | "system";

const STORAGE_KEY = "quire-theme";
/** Fired on window when the theme changes in this tab (other tabs hear the storage event). */
export const THEME_EVENT = "quire-theme-change";

/**
 * Runs in <head> before the page paints: an explicit choice sets data-theme on <html>, and the
 * stylesheet follows it; "system" leaves it unset and the stylesheet follows the media query.
 * Kept tiny and dependency-free because it is inlined into every page.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** The stored choice ("system" when there is none or storage is unavailable). */
export function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function setThemeAttribute(theme: Theme): void {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Remembers and applies a choice at once; other open tabs follow through the storage event. */
export function applyTheme(theme: Theme): void {
  try {
    if (theme === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  setThemeAttribute(theme);
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** Applies the stored choice (after another tab changed it). */
export function syncTheme(): void {
  setThemeAttribute(readTheme());
}
