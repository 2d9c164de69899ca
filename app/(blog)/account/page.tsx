import type { Metadata } from "next";
import { Suspense } from "react";
import {
  AuthorProfileForm,
  AvatarForm,
  ChangeEmailForm,
  DeleteAccountForm,
  EndSessionButton,
  PasswordForm,
  RenameForm,
  ResendConfirmation,
} from "@/components/account/account-forms";
import { RelativeTime } from "@/components/ui/relative-time";
import { getAccount, listAccountSessions } from "@/db/queries/account";
import { requireRole } from "@/lib/auth/guards";
import { hasRole } from "@/lib/auth/roles";
import { emailDelivery } from "@/lib/email/config";
import { env } from "@/lib/env";
import { describeBrowser } from "@/lib/user-agent";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };
// Per request, for one person: see docs/architecture.md, "Admin pages".
export const instant = false;

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-3xl border border-border bg-surface p-5 sm:p-7">
      <h2 id={id} className="mb-4 font-serif text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

async function Account() {
  const viewer = await requireRole("reader", "/account");
  const [account, sessions] = await Promise.all([
    getAccount({ userId: viewer.id }),
    listAccountSessions({ userId: viewer.id, idleSeconds: env().SESSION_IDLE_DAYS * 24 * 60 * 60 }),
  ]);
  if (!account) return null;
  const others = sessions.filter((s) => s.id !== viewer.sessionId);
  const current = sessions.find((s) => s.id === viewer.sessionId);
  return (
    <div className="mt-8 space-y-6">
      <Section title="Profile" id="profile">
        <RenameForm name={account.name} />
      </Section>

      <Section title="Picture" id="picture">
        <AvatarForm name={account.name} image={account.image} />
      </Section>

      {hasRole(viewer.role, "editor") && (
        <Section title="Author page" id="author">
          <AuthorProfileForm bio={account.bio} slug={account.slug} />
        </Section>
      )}

      <Section title="Email" id="email">
        <p className="break-all">{account.email}</p>
        {account.verified || emailDelivery() === "log" ? (
          <p className="mt-1 text-sm text-muted">Confirmed.</p>
        ) : (
          <div className="mt-2 space-y-3">
            <p className="text-sm">
              Not confirmed yet: open the link we sent you to like posts and comment. Nothing arrived?
            </p>
            <ResendConfirmation />
          </div>
        )}
        {emailDelivery() === "smtp" && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-accent">Change your email</summary>
            <div className="mt-4">
              <ChangeEmailForm email={account.email} hasPassword={account.hasPassword} />
            </div>
          </details>
        )}
      </Section>

      {account.hasPassword && (
        <Section title="Password" id="password">
          <PasswordForm email={account.email} />
        </Section>
      )}

      <Section title="Where you are signed in" id="sessions">
        <ul className="divide-y divide-border">
          {current && (
            <li className="py-3 first:pt-0">
              <p className="font-medium">
                {describeBrowser(current.userAgent)} <span className="text-sm text-muted">(this browser)</span>
              </p>
              <p className="text-sm text-muted">
                Signed in <RelativeTime dateTime={current.createdAt.toISOString()} />
              </p>
            </li>
          )}
          {others.map((session) => {
            const label = describeBrowser(session.userAgent);
            return (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{label}</p>
                  <p className="text-sm text-muted">
                    Last here <RelativeTime dateTime={session.lastSeenAt.toISOString()} />, signed in{" "}
                    <RelativeTime dateTime={session.createdAt.toISOString()} />
                  </p>
                </div>
                <EndSessionButton sessionId={session.id} label={label} />
              </li>
            );
          })}
        </ul>
        {others.length > 0 ? (
          <div className="mt-4">
            <EndSessionButton />
          </div>
        ) : (
          <p className="mt-2 text-sm text-muted">You are signed in nowhere else.</p>
        )}
      </Section>

      <Section title="Your data" id="data">
        <p className="mb-4 text-sm">
          Your profile, every comment you wrote (with the posts they are on) and the posts you liked, as a JSON file.
        </p>
        <a href="/account/data" download className={buttonClass.secondary}>
          Download my data
        </a>
      </Section>

      <Section title="Delete your account" id="delete">
        <div className="mb-4 space-y-2 text-sm">
          <p>
            Your profile, your likes and your sessions are removed. Comments nobody has answered disappear; comments
            with replies stay in their threads as &ldquo;deleted&rdquo;, without your name or your words, so the replies
            still make sense. This cannot be undone.
          </p>
          {!account.hasPassword && (
            <p>Your account signs in with a provider: sign out and in again, then delete it within ten minutes.</p>
          )}
        </div>
        <DeleteAccountForm email={account.email} hasPassword={account.hasPassword} />
      </Section>
    </div>
  );
}

export default function AccountPage() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Your account</h1>
      <Suspense fallback={<div aria-hidden className="mt-8 h-96 rounded-3xl bg-surface-2 motion-safe:animate-pulse" />}>
        <Account />
      </Suspense>
    </div>
  );
}
