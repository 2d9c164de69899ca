"use server";

import { createCategory, deleteCategory, updateCategory } from "@/db/queries/categories";
import { createTag, deleteTag, renameTag } from "@/db/queries/tags";
import { defineAction, fail, ok } from "@/lib/actions";
import { taxonomyChanged } from "@/lib/invalidate";
import { deleteTermSchema, saveTermSchema } from "./schema";

/** Creates or renames a category or tag. A category's old slug keeps redirecting. */
export const saveTerm = defineAction(
  { schema: saveTermSchema, role: "editor" },
  async ({ kind, id, name, slug, description }) => {
    const result =
      kind === "category"
        ? id
          ? await updateCategory({ id, name, slug, description })
          : await createCategory({ name, slug, description })
        : id
          ? await renameTag({ id, name, slug })
          : await createTag({ name, slug });
    if (!result.ok) {
      if (result.reason === "not-found") return fail("not-found", `This ${kind} no longer exists.`);
      return fail("conflict", "Please check the highlighted fields.", {
        name: [`Another ${kind} already has this name or slug.`],
        slug: [`Another ${kind} already has this name or slug.`],
      });
    }
    taxonomyChanged(kind === "category" ? [result.slug, ...(result.previousSlug ? [result.previousSlug] : [])] : []);
    return ok(null);
  },
);

/** Deletes a category or tag; its posts move to `moveTo`, and without one a used term stays. */
export const deleteTerm = defineAction({ schema: deleteTermSchema, role: "editor" }, async ({ kind, id, moveTo }) => {
  const result =
    kind === "category" ? await deleteCategory({ id, moveTo }) : { ...(await deleteTag({ id, moveTo })), slugs: [] };
  if (!result.ok) {
    if (result.reason === "not-found") return fail("not-found", `This ${kind} was already deleted.`);
    if (result.reason === "in-use") {
      return fail("conflict", `Posts still use this ${kind}. Choose where they should go instead.`, {
        moveTo: [`Choose a ${kind} for its posts.`],
      });
    }
    return fail("invalid", `Choose another ${kind} for its posts.`, { moveTo: [`Choose another ${kind}.`] });
  }
  taxonomyChanged(result.slugs);
  return ok(null);
});
