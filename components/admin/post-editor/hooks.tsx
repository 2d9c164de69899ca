"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { previewPost } from "@/app/admin/(panel)/posts/actions";
import { PostBody } from "../../post/post-body";

const noSubscription = () => () => {};

/** The editor's own time zone, known only in the browser (the server renders without it: ""). */
export function useTimeZone(): string {
  return useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
}

/** Asks before the page is left (reload, close, or a link in the app) while changes are unsaved. */
export function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || event.defaultPrevented) return;
      if (!window.confirm("You have unsaved changes. Leave this page and lose them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}

/** The body rendered by the server's Markdown pipeline, refreshed a moment after typing stops. */
export function useLivePreview(markdown: string): ReactNode {
  const [rendered, setRendered] = useState<ReactNode>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await previewPost({ body: markdown });
      if (request !== latest.current) return;
      setRendered(
        result.ok ? (
          <PostBody tree={result.data.tree} images={result.data.images} />
        ) : (
          <p className="text-sm text-red-700 dark:text-red-400">{result.message}</p>
        ),
      );
    }, 350);
    return () => clearTimeout(timer);
  }, [markdown]);
  return rendered;
}
