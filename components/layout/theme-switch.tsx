"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useSyncExternalStore } from "react";
import { clsx } from "clsx";
import { applyTheme, readTheme, syncTheme, type Theme, THEME_EVENT } from "@/lib/theme";

const choices = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
] as const;

function subscribe(onChange: () => void) {
  const onStorage = () => {
    syncTheme();
    onChange();
  };
  window.addEventListener(THEME_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * Light, dark or the system's theme. The choice is kept in localStorage and applied by a script in
 * the document head before the first paint (lib/theme), so a page never flashes the other theme.
 */
export function ThemeSwitch() {
  // On the server (and before hydration) nothing is chosen yet: no button claims to be pressed.
  const theme = useSyncExternalStore<Theme | null>(subscribe, readTheme, () => null);
  return (
    <div role="group" aria-label="Theme" className="inline-flex rounded-full border border-border bg-surface p-1">
      {choices.map(({ value, label, icon: Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={theme === null ? undefined : theme === value}
          onClick={() => applyTheme(value)}
          className={clsx(
            "inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 text-sm font-medium transition-colors",
            theme === value ? "bg-accent text-accent-fg" : "text-muted hover:text-fg",
          )}
        >
          <Icon aria-hidden className="size-4" />
          {label}
        </button>
      ))}
    </div>
  );
}
