import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AuthCard, AuthFormSkeleton } from "@/components/auth/auth-card";
import { SignInWithLinkForm } from "@/components/auth/account-link-forms";
import { safeReturnTo } from "@/lib/auth/return-to";
import { pageMetadata } from "@/lib/metadata";
import { readLinkToken } from "../../link-token";

// Rendered per request: its scripts carry this response's CSP nonce (docs/architecture.md).
export const instant = false;

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({
      title: "Sign in with your link",
      description: "Sign in with the link you asked for.",
      path: "/sign-in/link",
      noindex: true,
    }),
    // The address holds the link's secret: it is never sent on.
    referrer: "no-referrer",
  };
}

async function UseLink({ searchParams }: PageProps<"/sign-in/link">) {
  const link = await readLinkToken(searchParams, "sign-in");
  const { returnTo } = await searchParams;
  return (
    <SignInWithLinkForm
      token={link.token}
      email={link.owner?.email ?? null}
      returnTo={safeReturnTo(typeof returnTo === "string" ? returnTo : undefined)}
    />
  );
}

export default async function SignInWithLinkPage(props: PageProps<"/sign-in/link">) {
  await connection();
  return (
    <AuthCard title="Sign in with your link">
      <Suspense fallback={<AuthFormSkeleton />}>
        <UseLink {...props} />
      </Suspense>
    </AuthCard>
  );
}
