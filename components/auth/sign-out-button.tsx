"use client";

import { signOutAction, signOutEverywhere } from "@/app/(auth)/actions";

/**
 * Signs out (here, or with `everywhere` on every device), then loads the home page afresh so no
 * per-reader part of any page stays on screen.
 */
export function SignOutButton({ className, everywhere = false }: { className?: string; everywhere?: boolean }) {
  return (
    <form
      action={async () => {
        await (everywhere ? signOutEverywhere({}) : signOutAction({}));
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/");
      }}
    >
      <button type="submit" className={className}>
        {everywhere ? "Sign out everywhere" : "Sign out"}
      </button>
    </form>
  );
}
