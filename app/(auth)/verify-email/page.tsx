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
      title: "Confirm your email",
      description: "Confirm the address of your account.",
      path: "/verify-email",
      noindex: true,
    }),
    // The address holds the link's secret: it is never sent on.
    referrer: "no-referrer",
  };
}

async function Confirm({ searchParams }: PageProps<"/verify-email">) {
  const link = await readLinkToken(searchParams, "email-verification");
  const { returnTo } = await searchParams;
  return (
    <ConfirmEmailForm
      token={link.token}
      usable={link.owner !== null}
      returnTo={safeReturnTo(typeof returnTo === "string" ? returnTo : undefined)}
    />
  );
}

export default async function VerifyEmailPage(props: PageProps<"/verify-email">) {
  await connection();
  return (
    <AuthCard title="Confirm your email">
      <Suspense fallback={<AuthFormSkeleton />}>
        <Confirm {...props} />
      </Suspense>
    </AuthCard>
  );
}
