"use server";

import type { PostState } from "@/db/queries/admin-posts";
import { removePost, storePost, type Publication } from "@/db/queries/editor-posts";
import { copyRevisionToPost } from "@/db/queries/revisions";
import { defineAction, fail, ok } from "@/lib/actions";
import { postChanged } from "@/lib/invalidate";
import { renderPostBody, type RenderedBody } from "@/lib/post-body";
import { postIdSchema, previewSchema, restoreRevisionSchema, savePostSchema } from "./schema";

const failures = {
  "not-found": fail("not-found", "This post no longer exists. Copy your text before leaving this page."),
  stale: fail(
    "conflict",
    "Someone saved this post after you opened it. Your text is still here: copy it, reload the editor and apply your changes again.",
  ),
  "slug-taken": fail("conflict", "Please check the highlighted fields.", {
    slug: ["Another post already uses this slug."],
  }),
  "unknown-category": fail("invalid", "Please check the highlighted fields.", {
    categoryId: ["That category no longer exists."],
  }),
  "unknown-image": fail("invalid", "Please check the highlighted fields.", {
    coverImageId: ["That image is no longer in the library."],
  }),
  "past-date": fail("invalid", "Please check the highlighted fields.", {
    publishAt: ["Choose a moment in the future."],
  }),
} as const;

/** Creates or saves a post and changes its publication as asked; answers its new state. */
export const savePost = defineAction({ schema: savePostSchema, role: "editor" }, async (input, viewer) => {
  const { id, version, publication, publishAt, ...post } = input;
  const wanted: Publication =
    publication === "schedule" ? { kind: "schedule", at: new Date(publishAt!) } : { kind: publication };
  const result = await storePost({ id, version, input: post, publication: wanted, editorId: viewer.id });
  if (!result.ok) return failures[result.reason];
  postChanged({ id: result.id, slug: result.slug, previousSlug: result.previousSlug });
  return ok<{ id: string; slug: string; version: number; state: PostState }>({
    id: result.id,
    slug: result.slug,
    version: result.version,
    state: result.state,
  });
});

/** Deletes a post with its comments and likes. */
export const deletePost = defineAction({ schema: postIdSchema, role: "editor" }, async ({ id }) => {
  const deleted = await removePost({ id });
  if (!deleted.ok) return fail("not-found", "This post was already deleted.");
  postChanged({ id, slug: deleted.slug });
  return ok(null);
});

/** Puts an earlier revision's text back. */
export const restoreRevision = defineAction(
  { schema: restoreRevisionSchema, role: "editor" },
  async (input, viewer) => {
    const restored = await copyRevisionToPost({ ...input, editorId: viewer.id });
    if (!restored.ok) return fail("not-found", "That revision no longer exists.");
    postChanged({ id: input.postId, slug: restored.slug });
    return ok(null);
  },
);

/**
 * The body through the public page's own pipeline, for the editor's live preview: the sanitised
 * tree and its images, which the editor draws with the same PostBody component.
 */
export const previewPost = defineAction({ schema: previewSchema, role: "editor" }, async ({ body }) =>
  ok<RenderedBody>(await renderPostBody(body)),
);
