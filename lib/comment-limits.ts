// The limits of comments, shared by the queries and the schema (server) and the comment form and
// list (browser). Plain constants, so the browser gets them without zod or the database.

export const MAX_COMMENT_LENGTH = 5000;

/** Threads on the post page's first page, and on each "Show more comments". */
export const THREADS_PER_PAGE = 20;

/** The most threads one load may ask for (a reader's own change reloads all they have). */
export const MAX_THREADS_PER_LOAD = 1_000;

/** The most threads a load must bring back whatever their place (the reader's latest changes). */
export const MAX_INCLUDED_THREADS = 20;

/** The field people never see; naive bots fill it in. Its name means nothing on purpose. */
export const HONEYPOT_FIELD = "qz_note";
