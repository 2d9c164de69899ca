import "server-only";
import type { PickerImage } from "@/components/admin/media-picker";
import { listCategories } from "@/db/queries/categories";
import { listTagNames } from "@/db/queries/tags";
import { listMedia } from "@/db/queries/images";

/** What the editor offers to choose from: categories, existing tags, the newest library images. */
export async function loadEditorChoices() {
  const [categories, tagSuggestions, media] = await Promise.all([
    listCategories(),
    listTagNames(),
    listMedia({ pageSize: 96 }),
  ]);
  return {
    categories: categories.map(({ id, name }) => ({ id, name })),
    tagSuggestions,
    images: media.items.map(({ id, alt, width, height }): PickerImage => ({ id, alt, width, height })),
  };
}
