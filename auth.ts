import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { getDb } from "@/db";
import { getAuthUser, getUserWithPasswordByEmail, normaliseEmail } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authSecret } from "@/lib/auth/secret";
import { clientAddress, hit, isLimited, reset, rules } from "@/lib/rate-limit";
import { authConfig } from "./auth.config";

/** Thrown by the password provider when an address or account has failed too often. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});

// A hash of a random password: checking it costs as much as checking a real account, so the time
// a sign-in takes does not tell whether the email has an account.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

const github = Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);
const google = Boolean(process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET);

const oauthProviders = [
  ...(github
    ? [
        GitHub({
          // GitHub may have no display name: fall back to the login, as the users table needs one.
          profile: (p) => ({ id: String(p.id), name: p.name || p.login, email: p.email, image: p.avatar_url }),
        }),
      ]
    : []),
  ...(google ? [Google] : []),
];

/** The provider sign-ins configured on this deployment; absent ones are not offered at all. */
export const oauthProviderList = [
  ...(github ? [{ id: "github", name: "GitHub" }] : []),
  ...(google ? [{ id: "google", name: "Google" }] : []),
];

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
        const parsed = credentialsSchema.safeParse(input);
        if (!parsed.success) return null;
        const email = normaliseEmail(parsed.data.email);
        const address = clientAddress(request.headers);
        const accountKey = `${email}|${address}`;
        if (
          (await isLimited(rules.signInPerAddress, address)) ||
          (await isLimited(rules.signInPerAccount, accountKey))
        ) {
          throw new TooManyAttempts();
        }
        const user = await getUserWithPasswordByEmail({ email });
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        if (!user || !user.passwordHash || !ok) {
          await Promise.all([hit(rules.signInPerAddress, address), hit(rules.signInPerAccount, accountKey)]);
          return null;
        }
        await reset(rules.signInPerAccount, accountKey);
        return { id: user.id, name: user.name, email: user.email, image: user.image, role: user.role };
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
