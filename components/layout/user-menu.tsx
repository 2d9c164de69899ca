"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { signInHref } from "@/lib/auth/return-to";
import { SignOutButton } from "../auth/sign-out-button";
import { Avatar } from "../ui/avatar";
import { useViewer } from "../viewer/viewer-provider";

const roleLabel = { reader: "Reader", editor: "Editor", admin: "Admin" } as const;

/** "Sign in" for visitors; for a signed-in reader, their avatar opening a menu with Sign out. */
export function UserMenu() {
  const { viewer, ready } = useViewer();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const signIn = (
    <Link
      href={signInHref(pathname)}
      className="rounded-full border border-border px-4 py-1.5 text-sm font-medium hover:border-accent hover:text-accent"
    >
      Sign in
    </Link>
  );
  if (!ready) {
    // Who is signed in is asked for in the browser, so the page itself can be cached for everyone.
    // Without JavaScript nobody ever answers: those readers get the link instead of the placeholder.
    return (
      <>
        <span aria-hidden className="block size-9 rounded-full bg-surface-2 [@media(scripting:none)]:hidden" />
        <noscript>{signIn}</noscript>
      </>
    );
  }
  if (!viewer) return signIn;
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center rounded-full"
      >
        <Avatar name={viewer.name} image={viewer.image} className="size-9" />
        <span className="sr-only">Account menu for {viewer.name}</span>
      </button>
      <div
        id={menuId}
        hidden={!open}
        className="absolute right-0 z-50 mt-2 w-60 rounded-2xl border border-border bg-surface p-2 shadow-lg"
      >
        <div className="px-3 py-2">
          <p className="truncate font-medium">{viewer.name}</p>
          <p className="text-xs text-muted">{roleLabel[viewer.role]}</p>
        </div>
        <Link href="/account" className="block rounded-xl px-3 py-2 text-sm hover:bg-surface-2">
          Your account
        </Link>
        {viewer.role !== "reader" && (
          <Link href="/admin" className="block rounded-xl px-3 py-2 text-sm hover:bg-surface-2">
            Admin
          </Link>
        )}
        <SignOutButton className="w-full rounded-xl px-3 py-2 text-left text-sm hover:bg-surface-2" />
        <SignOutButton everywhere className="w-full rounded-xl px-3 py-2 text-left text-sm hover:bg-surface-2" />
      </div>
    </div>
  );
}
