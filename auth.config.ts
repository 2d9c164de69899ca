import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs no database: it is what proxy.ts runs. The
 * full configuration, with the adapter and providers, is in auth.ts.
 */
export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Credentials sign-in requires JWT sessions; auth.ts refreshes the role from the database.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role ?? "reader";
      return session;
    },
  },
} satisfies NextAuthConfig;
