import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { SignInLinkForm } from "@/components/auth/account-link-forms";
import { safeReturnTo } from "@/lib/auth/return-to";
import { emailDelivery } from "@/lib/email/config";
import { pageMetadata } from "@/lib/metadata";

// Rendered per request: its scripts carry this response's CSP nonce (docs/architecture.md).
export const instant = false;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Sign in with a link",
    description: "Get a link by email that signs you in.",
    path: "/sign-in/email",
    noindex: true,
  });
}

async function Request({ searchParams }: PageProps<"/sign-in/email">) {
  const { returnTo } = await searchParams;
  return <SignInLinkForm returnTo={safeReturnTo(typeof returnTo === "string" ? returnTo : undefined)} />;
}

export default async function SignInLinkPage(props: PageProps<"/sign-in/email">) {
  await connection();
  // Without real mail, a link would only reach the server log: passwords only.
  if (emailDelivery() !== "smtp") notFound();
  return (
    <AuthCard title="Sign in with a link">
      <Suspense fallback={<AuthFormSkeleton />}>
        <Request {...props} />
      </Suspense>
    </AuthCard>
  );
}
