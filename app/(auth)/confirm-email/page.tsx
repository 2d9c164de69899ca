import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { ConfirmEmailForm } from "@/components/auth/account-link-forms";
import { safeReturnTo } from "@/lib/auth/return-to";
import { pageMetadata } from "@/lib/metadata";
import { readLinkToken } from "../link-token";

// Rendered per request: its scripts carry this response's CSP nonce (docs/architecture.md).
export const instant = false;

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({
      title: "Confirm your new email",
      description: "Move your account to a new address.",
      path: "/confirm-email",
      noindex: true,
    }),
    // The address holds the link's secret: it is never sent on.
    referrer: "no-referrer",
  };
}

async function ConfirmChange({ searchParams }: PageProps<"/confirm-email">) {
  const link = await readLinkToken(searchParams, "email-change");
  const { returnTo } = await searchParams;
  return (
    <ConfirmEmailForm
      token={link.token}
      usable={link.owner !== null}
      change
      returnTo={safeReturnTo(typeof returnTo === "string" ? returnTo : undefined)}
    />
  );
}

export default async function ConfirmEmailPage(props: PageProps<"/confirm-email">) {
  await connection();
  return (
    <AuthCard title="Confirm your new email">
      <Suspense fallback={<AuthFormSkeleton />}>
        <ConfirmChange {...props} />
      </Suspense>
    </AuthCard>
  );
}
