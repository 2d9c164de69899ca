import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/account-link-forms";
import { pageMetadata } from "@/lib/metadata";
import { readLinkToken } from "../link-token";

// Rendered per request: its scripts carry this response's CSP nonce (docs/architecture.md).
export const instant = false;

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({
      title: "Choose a new password",
      description: "Set a new password for your account.",
      path: "/reset-password",
      noindex: true,
    }),
    // The address holds the link's secret: it is never sent on, not even to this site's own pages.
    referrer: "no-referrer",
  };
}

async function Reset({ searchParams }: PageProps<"/reset-password">) {
  const link = await readLinkToken(searchParams, "password-reset");
  return <ResetPasswordForm token={link.token} email={link.owner?.email ?? null} />;
}

export default async function ResetPasswordPage(props: PageProps<"/reset-password">) {
  await connection();
  return (
    <AuthCard title="Choose a new password">
      <Suspense fallback={<AuthFormSkeleton />}>
        <Reset {...props} />
      </Suspense>
    </AuthCard>
  );
}
