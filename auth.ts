import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db";
import { getAuthUser } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { checkPassword } from "@/lib/auth/credentials";
import { configuredProviders } from "@/lib/auth/providers";
import { authSecret } from "@/lib/auth/secret";
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

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
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
    ...oauthProviders,
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user) {
        token.role = user.role ?? "reader";
        return token;
      }
      // Every later check reads the account again: a role change or a deleted account takes
      // effect at once instead of when the token expires.
      const current = token.sub ? await getAuthUser({ id: token.sub }) : null;
      if (!current) return null;
      token.role = current.role;
      token.name = current.name;
      token.picture = current.image;
      return token;
    },
  },
}));
