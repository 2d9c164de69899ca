/**
 * The values of the database's enum types, in one place: db/schema.ts makes the pgEnums from
 * them, zod schemas parse with them, and the types below follow them. Shared with client code:
 * no imports.
 */
export const userRoles = ["reader", "editor", "admin"] as const;
export const postStatuses = ["draft", "published"] as const;
export const commentStatuses = ["published", "hidden", "deleted"] as const;
export const commentsModes = ["open", "locked", "off"] as const;
/** What a single-use emailed link does. */
export const accountTokenPurposes = ["password-reset", "email-verification", "email-change", "sign-in"] as const;

export type Role = (typeof userRoles)[number];
export type PostStatus = (typeof postStatuses)[number];
export type CommentStatus = (typeof commentStatuses)[number];
/** Whether readers may comment on a post: open, locked (shown, no new ones) or off (hidden). */
export type CommentsMode = (typeof commentsModes)[number];
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];
