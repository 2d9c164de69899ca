import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  categories,
  commentBans,
  comments,
  images,
  moderationLog,
  postRevisions,
  posts,
  tags,
  users,
} from "@/db/schema";
import { makeCategory, makeComment, makeImage, makePost, makeUser } from "@/db/testing";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { banReader, liftBan, moderateComment } from "./comments/actions";
import { deleteImage, updateImage, uploadImage } from "./media/actions";
import { deletePost, previewPost, restoreRevision, savePost } from "./posts/actions";
import { deleteTerm, saveTerm } from "./taxonomy/actions";
import { changeRole } from "./users/actions";

/** Everything an admin action could change, counted, so a refused call can be shown to change nothing. */
async function snapshot() {
  const db = getDb();
  const tables = { posts, comments, images, categories, tags, users, commentBans, moderationLog };
  const counts = await Promise.all(Object.values(tables).map((t) => db.select({ n: count() }).from(t)));
  const rows = await Promise.all([
    db.select().from(posts),
    db.select().from(comments),
    db.select().from(users),
    db.select().from(images),
  ]);
  return JSON.stringify({
    counts: counts.map(([c]) => c?.n),
    rows: rows.map((r) => r.map((x) => ({ ...x, data: undefined }))),
  });
}

async function fixture() {
  const category = await makeCategory();
  const other = await makeCategory();
  const post = await makePost({ categoryId: category.id, title: "Original" });
  const comment = await makeComment(post.id);
  const reader = await makeUser({ role: "reader" });
  const banned = await makeUser({ role: "reader" });
  await getDb().insert(commentBans).values({ userId: banned.id, reason: "Spam" });
  const image = await makeImage();
  const [revision] = await getDb()
    .insert(postRevisions)
    .values({ postId: post.id, title: "Old", excerpt: "", body: "old" })
    .returning();
  const [tag] = await getDb().insert(tags).values({ slug: "t-access", name: "Access" }).returning();
  const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "a.png", { type: "image/png" });
  const upload = new FormData();
  upload.set("file", file);
  upload.set("alt", "An image");

  const calls: Record<string, () => Promise<{ ok: boolean; reason?: string }>> = {
    savePost: () =>
      savePost({
        id: post.id,
        title: "Changed",
        slug: post.slug,
        excerpt: "",
        body: "x",
        categoryId: category.id,
        tags: [],
        coverImageId: null,
        commentsMode: "open",
        publication: "draft",
      }),
    createPost: () =>
      savePost({
        title: "New",
        slug: "brand-new",
        excerpt: "",
        body: "x",
        categoryId: category.id,
        tags: ["fresh"],
        coverImageId: null,
        commentsMode: "open",
        publication: "now",
      }),
    deletePost: () => deletePost({ id: post.id }),
    restoreRevision: () => restoreRevision({ postId: post.id, revisionId: revision!.id }),
    previewPost: () => previewPost({ body: "# Hi" }),
    uploadImage: () => uploadImage(upload),
    updateImage: () => updateImage({ id: image.id, alt: "Changed" }),
    deleteImage: () => deleteImage({ id: image.id }),
    hideComment: () => moderateComment({ commentId: comment.id, action: "hide" }),
    deleteComment: () => moderateComment({ commentId: comment.id, action: "delete" }),
    banReader: () => banReader({ userId: reader.id, reason: "Spam" }),
    liftBan: () => liftBan({ userId: banned.id }),
    saveCategory: () =>
      saveTerm({ kind: "category", id: category.id, name: "Renamed", slug: "renamed", description: "" }),
    deleteCategory: () => deleteTerm({ kind: "category", id: category.id, moveTo: other.id }),
    saveTag: () => saveTerm({ kind: "tag", id: tag!.id, name: "Renamed tag", slug: "renamed-tag", description: "" }),
    deleteTag: () => deleteTerm({ kind: "tag", id: tag!.id }),
    changeRole: () => changeRole({ userId: reader.id, role: "admin" }),
  };
  return calls;
}

const editorActions = [
  "savePost",
  "createPost",
  "deletePost",
  "restoreRevision",
  "previewPost",
  "uploadImage",
  "updateImage",
  "deleteImage",
  "hideComment",
  "deleteComment",
  "banReader",
  "liftBan",
  "saveCategory",
  "deleteCategory",
  "saveTag",
  "deleteTag",
];

beforeEach(() => {
  signInAs(null);
  invalidated.length = 0;
});

describe("who may call the admin actions", () => {
  it.each(editorActions.concat("changeRole"))("%s: refuses an anonymous caller and changes nothing", async (name) => {
    const calls = await fixture();
    const before = await snapshot();
    expect(await calls[name]!()).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await snapshot()).toBe(before);
    expect(invalidated).toEqual([]);
  });

  it.each(editorActions.concat("changeRole"))("%s: refuses a reader and changes nothing", async (name) => {
    const calls = await fixture();
    signInAs(await makeUser({ role: "reader" }));
    const before = await snapshot();
    expect(await calls[name]!()).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await snapshot()).toBe(before);
    expect(invalidated).toEqual([]);
  });

  it("changeRole: refuses an editor (admins only) and changes nothing", async () => {
    const calls = await fixture();
    signInAs(await makeUser({ role: "editor" }));
    const before = await snapshot();
    expect(await calls.changeRole!()).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await snapshot()).toBe(before);
  });

  it.each(editorActions)("%s: is allowed for an editor", async (name) => {
    const calls = await fixture();
    signInAs(await makeUser({ role: "editor" }));
    const result = await calls[name]!();
    // The upload fixture is a truncated PNG: it gets past the guard and is refused for its content.
    if (name === "uploadImage") expect(result).toMatchObject({ ok: false, reason: "invalid" });
    else expect(result).toMatchObject({ ok: true });
  });

  it.each(editorActions.concat("changeRole"))("%s: is allowed for an admin", async (name) => {
    const calls = await fixture();
    signInAs(await makeUser({ role: "admin" }));
    const result = await calls[name]!();
    if (name === "uploadImage") expect(result).toMatchObject({ ok: false, reason: "invalid" });
    else expect(result).toMatchObject({ ok: true });
  });
});
