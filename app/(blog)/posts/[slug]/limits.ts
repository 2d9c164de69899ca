// Shared by the comment schema (server) and the comment form (browser). Kept apart from
// schema.ts so the form does not ship zod to every reader of a post.

export const MAX_COMMENT_LENGTH = 5000;

/** The field people never see; naive bots fill it in. Its name means nothing on purpose. */
export const HONEYPOT_FIELD = "qz_note";
