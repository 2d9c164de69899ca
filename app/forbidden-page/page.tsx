import { forbidden } from "next/navigation";

/**
 * Where proxy.ts sends a reader who opens /admin. It calls forbidden() while it is prerendered,
 * before any response has started, so the "not allowed" page is served with a real 403 status
 * (a check inside an admin page runs after the response has begun and can only show the page).
 */
export default function ForbiddenPage(): never {
  forbidden();
}
