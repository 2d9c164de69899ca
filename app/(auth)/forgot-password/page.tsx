import type { Metadata } from "next";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/account-link-forms";
import { pageMetadata } from "@/lib/metadata";

// Rendered per request: its scripts carry this response's CSP nonce (docs/architecture.md).
export const instant = false;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Forgot your password?",
    description: "Get a link to choose a new password.",
    path: "/forgot-password",
    noindex: true,
  });
}

export default async function ForgotPasswordPage() {
  await connection();
  return (
    <AuthCard title="Forgot your password?">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
