"use client";

import { signOutAction } from "@/app/(auth)/actions";

/** Signs out, then loads the home page afresh so no per-reader part of any page stays on screen. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form
      action={async () => {
        await signOutAction({});
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/");
      }}
    >
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
