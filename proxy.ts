import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { getActiveSignIn } from "@/db/queries/sign-ins";
import { hasRole } from "@/lib/auth/roles";
import { signInHref } from "@/lib/auth/return-to";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security-headers";
import { addressState, imageState, optimisedImageId, type PublicAddress, publicAddress } from "@/lib/public-addresses";

/**
 * The sign-in pages: rendered per request, with a strict nonce-based policy. (/account is not
 * here: it sits in the blog's layout, whose prerendered shell cannot carry a nonce, so it has
 * the blog pages' policy until it has a layout of its own.)
 */
const accountPages = new Set([
  "/sign-in",
  "/sign-in/email",
  "/sign-in/link",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  "/confirm-email",
]);

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/_next/image") return optimisedImage(request);
  if (accountPages.has(request.nextUrl.pathname)) return withNonce(request);
  const address = publicAddress(request.nextUrl.pathname);
  return address ? publicPage(request, address) : adminPage(request);
}

/**
 * An optimised library image answers only while the image exists: Next's image optimiser would
 * otherwise go on serving a deleted image from its cache. If the database cannot answer, the
 * optimiser decides as before.
 */
async function optimisedImage(request: NextRequest) {
  const id = optimisedImageId(request.nextUrl);
  if (id && (await imageState(id)) === "none") return new NextResponse("Not found", { status: 404 });
  return NextResponse.next();
}

/**
 * A public address with nothing there (see lib/public-addresses.ts) gets Next's own 404 page,
 * rendered on the server with its title and a 404 status, instead of the page calling
 * notFound(), whose 404 Next 16.4 leaves empty until JavaScript draws it.
 */
async function publicPage(request: NextRequest, address: PublicAddress | "malformed") {
  if (address !== "malformed" && (await addressState(address)) !== "none") return NextResponse.next();
  // An address that matches no route: Next renders app/not-found.tsx for it, status 404.
  return NextResponse.rewrite(new URL("/_not-found", request.url));
}

/**
 * Comfort only, for /admin: visitors with no session go to sign in and come back afterwards, and
 * people whose role does not reach the page get the "not allowed" page with a real 403 status (a page's own forbidden() runs after
 * the response has started, when the status can no longer change). Every admin page and action
 * still checks the session and the role itself.
 */
/** The admin sections editors do not see (the nav hides them too: components/admin/admin-nav.tsx). */
const adminOnly = ["/admin/users", "/admin/outbox"];

async function adminPage(request: NextRequest) {
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: request.nextUrl.protocol === "https:",
  });
  if (!token?.sub) {
    const { pathname, search } = request.nextUrl;
    return NextResponse.redirect(new URL(signInHref(`${pathname}${search}`), request.url));
  }
  const needed = adminOnly.some((path) => request.nextUrl.pathname.startsWith(path)) ? "admin" : "editor";
  // The token's role may predate a promotion or a demotion, and its session may have ended: the
  // database decides, so a demoted editor gets the 403 at once and an ended session signs in
  // again (one indexed read, on admin pages only).
  const user = token.sid
    ? await getActiveSignIn({ id: token.sid, userId: token.sub, idleSeconds: env().SESSION_IDLE_DAYS * 86_400 })
    : null;
  if (!user)
    return NextResponse.redirect(
      new URL(signInHref(`${request.nextUrl.pathname}${request.nextUrl.search}`), request.url),
    );
  if (hasRole(user.role, needed)) return withNonce(request);
  // The forbidden page is prerendered, so it gets the policy of prerendered pages.
  const forbidden = NextResponse.rewrite(new URL("/forbidden-page", request.url));
  forbidden.headers.set("Content-Security-Policy", contentSecurityPolicy({ dev }));
  return forbidden;
}

const dev = process.env.NODE_ENV === "development";

/**
 * A page rendered per request gets a strict policy: scripts run only with this response's nonce,
 * which Next reads from the request's policy header and puts on every script it writes.
 */
function withNonce(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/_next/image",
    "/sign-in",
    "/sign-in/email",
    "/sign-in/link",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/verify-email",
    "/confirm-email",
    "/posts/:slug",
    "/comments/:id",
    "/page/:page",
    "/(category|tags|authors)/:slug",
    "/(category|tags|authors)/:slug/page/:page",
    "/archive/:year/:month",
    "/archive/:year/:month/page/:page",
  ],
};
