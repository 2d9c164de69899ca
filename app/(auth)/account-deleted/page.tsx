import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { pageMetadata } from "@/lib/metadata";

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Your account is deleted",
    description: "The account and what was personal in it are gone.",
    path: "/account-deleted",
    noindex: true,
  });
}

/**
 * Where deleting an account ends. Outside the blog's layout on purpose: the blog's header would
 * still know the reader from before; going back to it starts afresh, signed out.
 */
export default function AccountDeletedPage() {
  return (
    <AuthCard title="Your account is deleted">
      <div className="space-y-4">
        <p role="status">
          Your profile, likes and sessions are gone, and your comments no longer carry your name or your words. Thank
          you for reading.
        </p>
        <Link href="/" className="inline-block font-semibold text-accent underline underline-offset-2">
          Back to the blog
        </Link>
      </div>
    </AuthCard>
  );
}
