import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/auth-forms";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { safeReturnTo } from "@/lib/auth/return-to";

// Rendered per request, never from a static shell: its scripts must carry this response's CSP
// nonce (proxy.ts; docs/architecture.md, "Security headers").
export const instant = false;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Create an account",
    description: `Create an account to like posts, comment and reply.`,
    path: "/sign-up",
    noindex: true,
  });
}

async function SignUp({ searchParams }: PageProps<"/sign-up">) {
  const { returnTo } = await searchParams;
  const target = safeReturnTo(Array.isArray(returnTo) ? returnTo[0] : returnTo);
  return (
    <div className="space-y-6">
      <ProviderButtons returnTo={target} />
      <SignUpForm returnTo={target} />
    </div>
  );
}

export default async function SignUpPage(props: PageProps<"/sign-up">) {
  await connection();
  return (
    <AuthCard title="Create an account">
      <Suspense fallback={<AuthFormSkeleton />}>
        <SignUp {...props} />
      </Suspense>
    </AuthCard>
  );
}
