import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";

/**
 * The part of the Auth.js configuration that needs no database: it is what proxy.ts runs. The
 * full configuration, with the adapter and providers, is in auth.ts.
 */
export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Credentials sign-in requires JWT sessions. Each names its sign_ins row, which auth.ts checks
  // on every use (ended, idle, past its absolute end: refused); the cookie's own lifetime is the
  // absolute one.
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_DAYS * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role ?? "reader";
      session.user.verified = token.verified ?? false;
      // Which of the reader's sessions this is, for their list of sessions (not a secret: the
      // signed cookie is what holds a session, and ending one is all its id allows).
      session.user.sessionId = token.sid ?? null;
      return session;
    },
  },
} satisfies NextAuthConfig;
