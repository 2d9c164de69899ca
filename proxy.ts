import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { signInHref } from "@/lib/auth/return-to";

/**
 * Comfort only: a visitor with no session who opens /admin goes straight to sign in and comes
 * back afterwards. Every admin page and action checks the session and the role itself.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: request.nextUrl.protocol === "https:",
  });
  if (token) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(signInHref(`${pathname}${search}`), request.url));
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
