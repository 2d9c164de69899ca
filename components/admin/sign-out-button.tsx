"use client";

import { signOutAction } from "@/app/(auth)/actions";

/** Signs out and reloads at the home page, so nothing of the session stays on screen. */
export function SignOutButton() {
  return (
    <form
      action={async () => {
        await signOutAction();
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/");
      }}
    >
      <button type="submit" className="rounded-full px-3 py-1.5 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg">
        Sign out
      </button>
    </form>
  );
}
