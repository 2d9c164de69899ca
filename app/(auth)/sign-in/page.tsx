import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/auth-forms";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { FormError } from "@/components/ui/form-error";
import { safeReturnTo } from "@/lib/auth/return-to";
import { emailDelivery } from "@/lib/email/config";

// Rendered per request, never from a static shell: its scripts must carry this response's CSP
// nonce (proxy.ts; docs/architecture.md, "Security headers").
export const instant = false;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Sign in",
    description: `Sign in to like posts and join the conversation.`,
    path: "/sign-in",
    noindex: true,
  });
}

const providerErrors: Record<string, string> = {
  OAuthAccountNotLinked:
    "That email already has an account here with another sign-in method. Sign in the way you did before.",
  AccessDenied: "Sign-in was cancelled or refused.",
};

async function SignIn({ searchParams }: PageProps<"/sign-in">) {
  const { returnTo, error } = await searchParams;
  const target = safeReturnTo(Array.isArray(returnTo) ? returnTo[0] : returnTo);
  const problem =
    typeof error === "string" ? (providerErrors[error] ?? "Sign-in failed. Please try again.") : undefined;
  return (
    <div className="space-y-6">
      <FormError tone="banner" message={problem} />
      <ProviderButtons returnTo={target} />
      <SignInForm returnTo={target} offerLink={emailDelivery() === "smtp"} />
    </div>
  );
}

export default async function SignInPage(props: PageProps<"/sign-in">) {
  await connection();
  return (
    <AuthCard title="Sign in">
      <Suspense fallback={<AuthFormSkeleton />}>
        <SignIn {...props} />
      </Suspense>
    </AuthCard>
  );
}
