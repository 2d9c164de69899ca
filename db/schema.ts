import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountTokenPurposes, commentStatuses, commentsModes, postStatuses, userRoles } from "./enums";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

const slugCheck = (name: string, column: AnyPgColumn) =>
  check(name, sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${column}) <= 120`);

/** Postgres's full-text document type; the column is generated, so it is only ever read. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const userRole = pgEnum("user_role", userRoles);
export const postStatus = pgEnum("post_status", postStatuses);
export const commentStatus = pgEnum("comment_status", commentStatuses);
export const commentsMode = pgEnum("comments_mode", commentsModes);
export const accountTokenPurpose = pgEnum("account_token_purpose", accountTokenPurposes);

// ---------------------------------------------------------------------------------------------
// People. The users/accounts/sessions/verification_tokens shapes are the ones @auth/drizzle-adapter
// expects; password_hash, role and bio are ours.

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name").notNull(),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("reader"),
    bio: text("bio"),
    /** The author page's address; given to a person when they first write a post. */
    slug: text("slug").unique(),
    createdAt: createdAt(),
    /**
     * When the person deleted their account. The row stays as a nameless tombstone, so that
     * replies under their comments keep their thread; everything personal is gone from it.
     */
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    slugCheck("users_slug_format", t.slug),
    check("users_name_length", sql`char_length(${t.name}) between 1 and 80`),
  ],
);

/**
 * A picture a person uploaded for themselves: one square WebP each, written again by
 * lib/uploads.ts from whatever they sent (no metadata). users.image points at it, with a version,
 * so every place that shows a person's picture needs nothing else.
 */
export const avatars = pgTable(
  "avatars",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    data: bytea("data").notNull(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("avatars_content_type", sql`${t.contentType} = 'image/webp'`),
    check("avatars_byte_size", sql`${t.byteSize} between 1 and 262144 and ${t.byteSize} = octet_length(${t.data})`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * One row per sign-in. The session cookie (a JWT) names its row, and the session holds only while
 * the row does: not ended, seen within the idle time, before its absolute end. Ending the row
 * signs that session out everywhere, including any copy of its cookie.
 */
export const signIns = pgTable(
  "sign_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
    /** The browser that signed in, as it said (for the reader's list of their sessions). */
    userAgent: text("user_agent"),
  },
  (t) => [index("sign_ins_user_idx").on(t.userId)],
);

/**
 * Single-use links sent by email: a password reset, an address to confirm. Only the SHA-256 of
 * the token is stored, so a copy of the database cannot be used to take over an account.
 * `email` is the address the link went to (for an address change, the new one).
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

// ---------------------------------------------------------------------------------------------
// Email.

/**
 * Messages to send, written in the same transaction as the change that sends them, so neither
 * exists without the other. A sender claims a message (claimed_until) before sending it, so two
 * instances never send one message at once; a failure schedules the next attempt.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What the message is for ("password-reset"), for the admin's outbox. */
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    createdAt: createdAt(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    /** How it went out: "smtp", or "log" where no SMTP server is configured. */
    sentVia: text("sent_via"),
    /** Given up on after too many failed attempts. */
    failedAt: timestamp("failed_at", { withTimezone: true, mode: "date" }),
    lastError: text("last_error"),
  },
  (t) => [
    index("outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
    index("outbox_created_idx").on(t.createdAt.desc()),
  ],
);

// ---------------------------------------------------------------------------------------------
// Content.

/** Images live in Postgres so the embedded default and a serverless host need no other service. */
export const images = pgTable(
  "images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    data: bytea("data").notNull(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    alt: text("alt").notNull(),
    uploadedById: text("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "images_content_type",
      sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif')`,
    ),
    check("images_byte_size", sql`${t.byteSize} > 0 and ${t.byteSize} = octet_length(${t.data})`),
    check("images_dimensions", sql`${t.width} > 0 and ${t.height} > 0`),
    check("images_alt", sql`char_length(trim(${t.alt})) between 1 and 300`),
  ],
);

export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull().unique(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [slugCheck("categories_slug_format", t.slug)],
);

export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [slugCheck("tags_slug_format", t.slug)],
);

/**
 * A post is public when status = 'published' and published_at <= now(). A future published_at
 * schedules it: no job runs, readers' queries compare with the clock.
 */
export const posts = pgTable(
  "posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    body: text("body").notNull().default(""),
    coverImageId: uuid("cover_image_id").references(() => images.id, { onDelete: "restrict" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: postStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    commentsMode: commentsMode("comments_mode").notNull().default("open"),
    /** Bumped by every save from the editor: a save based on an older version is refused. */
    version: integer("version").notNull().default(1),
    /**
     * What search matches, kept by Postgres: the title weighs most (A), then the excerpt (B),
     * then the body (C). Written with the 'english' configuration on both drivers.
     */
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B') || setweight(to_tsvector('english', body), 'C')`,
      ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    slugCheck("posts_slug_format", t.slug),
    check("posts_title_length", sql`char_length(trim(${t.title})) between 1 and 200`),
    check("posts_published_has_date", sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
    index("posts_public_idx").on(t.status, t.publishedAt.desc()),
    index("posts_category_idx").on(t.categoryId, t.publishedAt.desc()),
    index("posts_author_idx").on(t.authorId),
    index("posts_search_idx").using("gin", t.search),
  ],
);

export const postTags = pgTable(
  "post_tags",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), index("post_tags_tag_idx").on(t.tagId)],
);

// ---------------------------------------------------------------------------------------------
// Engagement.

/**
 * Replies of any depth: parent_id is the comment answered, root_id the top-level comment of the
 * thread (so a page of threads loads in one query), depth 0 for top-level comments.
 */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    rootId: uuid("root_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    depth: integer("depth").notNull().default(0),
    body: text("body").notNull(),
    status: commentStatus("status").notNull().default("published"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /** When a moderator last looked at it; null while it awaits a look. */
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [
    check("comments_body_length", sql`char_length(${t.body}) between 1 and 5000`),
    check(
      "comments_thread_shape",
      sql`(${t.parentId} is null and ${t.rootId} is null and ${t.depth} = 0) or (${t.parentId} is not null and ${t.rootId} is not null and ${t.depth} > 0)`,
    ),
    index("comments_post_root_idx").on(t.postId, t.rootId, t.createdAt),
    index("comments_root_idx").on(t.rootId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId),
    index("comments_created_idx").on(t.createdAt.desc()),
  ],
);

/** One like per reader per post: the primary key is the invariant. */
export const likes = pgTable(
  "likes",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index("likes_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Abuse control.

/**
 * Attempts counted by the rate limiter, in Postgres so limits hold across serverless instances.
 * bucket names the rule ("sign-in:ip"), key the subject (an address, an email).
 */
export const rateLimitEvents = pgTable(
  "rate_limit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rate_limit_events_lookup_idx").on(t.bucket, t.key, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Editing.

/** Every save of a post keeps the text it saved, so an editor can compare and restore. */
export const postRevisions = pgTable(
  "post_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull(),
    body: text("body").notNull(),
    savedById: text("saved_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("post_revisions_post_idx").on(t.postId, t.createdAt.desc())],
);

/** Old slugs of posts whose slug changed: their URLs answer with a permanent redirect. */
export const postSlugRedirects = pgTable(
  "post_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("post_slug_redirects_post_idx").on(t.postId)],
);

/** Old slugs of renamed categories, redirected like posts'. */
export const categorySlugRedirects = pgTable(
  "category_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("category_slug_redirects_category_idx").on(t.categoryId)],
);

/** Old addresses of author pages, redirected to the author's current one. */
export const authorSlugRedirects = pgTable(
  "author_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("author_slug_redirects_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Moderation.

/** A reader who may not comment, why, and until when (null: until lifted). One row per reader. */
export const commentBans = pgTable(
  "comment_bans",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    bannedById: text("banned_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [check("comment_bans_reason_length", sql`char_length(trim(${t.reason})) between 1 and 500`)],
);

export const moderationAction = pgEnum("moderation_action", [
  "comment.hide",
  "comment.unhide",
  "comment.delete",
  "comment.approve",
  "user.ban",
  "user.unban",
  "user.role",
]);

/**
 * Who did what to which comment or reader, and when. The comment and post ids are kept without
 * foreign keys so the log outlives what it describes.
 */
export const moderationLog = pgTable(
  "moderation_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: moderationAction("action").notNull(),
    commentId: uuid("comment_id"),
    postId: uuid("post_id"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    detail: text("detail").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("moderation_log_created_idx").on(t.createdAt.desc())],
);
