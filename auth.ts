import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db";
import { signInWithLinkToken } from "@/db/queries/account-links";
import { endSignIn, getActiveSignIn, startSignIn } from "@/db/queries/sign-ins";
import { markEmailVerified } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { checkPassword } from "@/lib/auth/credentials";
import { configuredProviders } from "@/lib/auth/providers";
import { authSecret } from "@/lib/auth/secret";
import { hashLinkToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { authConfig } from "./auth.config";

/** Thrown by the password provider when an address or account has failed too often. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

/** The provider sign-ins configured on this deployment; absent ones are not offered at all. */
export const oauthProviderList = configuredProviders(process.env);

const oauthProviders = oauthProviderList.map((provider) =>
  provider.id === "github"
    ? GitHub({
        // GitHub may have no display name: fall back to the login, as the users table needs one.
        profile: (p) => ({ id: String(p.id), name: p.name || p.login, email: p.email, image: p.avatar_url }),
      })
    : Google,
);

const DAY = 24 * 60 * 60;

/** A provider that signs in with the token of an emailed link (one that has not been used). */
function linkProvider(id: string, purpose: "sign-in" | "email-verification") {
  return Credentials({
    id,
    credentials: { token: { type: "text" } },
    async authorize(input) {
      const token = typeof input.token === "string" ? input.token : "";
      if (token.length < 20 || token.length > 100) return null;
      return signInWithLinkToken({ tokenHash: hashLinkToken(token), purpose });
    },
  });
}

/**
 * The browser signing in, for the reader's list of sessions. Auth.js hands the config its request
 * on its own routes; a sign-in from a server action has none, and the action's headers tell.
 */
async function userAgentOf(request: Request | undefined): Promise<string | null> {
  if (request) return request.headers.get("user-agent");
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => ({
  ...authConfig,
  secret: authSecret(),
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(input, request) {
        const result = await checkPassword(input, request.headers);
        if (result.ok) return result.user;
        if (result.reason === "rate-limited") throw new TooManyAttempts();
        return null;
      },
    }),
    // The link in an address-confirmation message: using it confirms the address and signs in.
    linkProvider("email-link", "email-verification"),
    // A one-time sign-in link asked for on /sign-in/email (when mail is sent).
    linkProvider("sign-in-link", "sign-in"),
    ...oauthProviders,
  ],
  events: {
    // A provider sign-in creates the account: the provider has confirmed the address.
    async createUser({ user }) {
      if (user.id) await markEmailVerified({ userId: user.id });
    },
    // Signing out ends this session on the server: a copy of its cookie stops working too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSignIn({ id: sid });
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        token.role = user.role ?? "reader";
        token.verified = user.verified ?? true;
        token.sid = await startSignIn({
          userId: user.id,
          userAgent: await userAgentOf(request),
          lifetimeSeconds: env().SESSION_MAX_DAYS * DAY,
        });
        return token;
      }
      // Every later check reads the session's row and the account again: a session ended
      // elsewhere (sign-out, "sign out everywhere", a ban, a lower role), idle too long or past
      // its end is refused, and a role change takes effect at once. A token from before sessions
      // had rows names none and is refused too.
      const current =
        token.sub && token.sid
          ? await getActiveSignIn({ id: token.sid, userId: token.sub, idleSeconds: env().SESSION_IDLE_DAYS * DAY })
          : null;
      if (!current) return null;
      token.role = current.role;
      token.verified = current.verified;
      token.name = current.name;
      token.picture = current.image;
      return token;
    },
  },
}));
