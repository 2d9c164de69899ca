import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/queries/users";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; verified: boolean; sessionId: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    verified?: boolean;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    /** Whether the account's address is confirmed. */
    verified?: boolean;
    /** The sign-in (a sign_ins row) this session is; the session holds only while it does. */
    sid?: string;
  }
}
