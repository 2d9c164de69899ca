"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/auth/return-to";
import { useViewer } from "../viewer/viewer-provider";
import { CommentComposer } from "./comment-composer";

/** The comment form for a signed-in reader; a way to sign in (and come back here) for anyone else. */
export function LeaveAComment({ postId }: { postId: string }) {
  const { viewer, ready } = useViewer();
  const pathname = usePathname();
  if (!ready)
    return <div aria-hidden className="h-40 animate-pulse rounded-xl bg-surface-2 motion-reduce:animate-none" />;
  if (!viewer) {
    const returnTo = `${pathname}#leave-a-comment`;
    return (
      <p className="text-muted">
        <Link href={signInHref(returnTo)} className="font-semibold text-accent underline underline-offset-2">
          Sign in to comment
        </Link>{" "}
        or{" "}
        <Link
          href={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-semibold text-accent underline underline-offset-2"
        >
          create an account
        </Link>
        .
      </p>
    );
  }
  return (
    <div>
      <p className="mb-3 text-sm text-muted">
        Commenting as <span className="font-medium text-fg">{viewer.name}</span>
      </p>
      <CommentComposer mode={{ kind: "comment", postId }} />
    </div>
  );
}
