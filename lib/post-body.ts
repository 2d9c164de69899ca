import "server-only";
import type { Root } from "hast";
import { listImageRefs } from "@/db/queries/images";
import type { ImageRef } from "@/db/queries/post-summary";
import { libraryImageIds, renderMarkdown } from "./markdown";

export type RenderedBody = { tree: Root; images: ImageRef[] };

/** A post body as PostBody draws it: the sanitised tree and the measured library images in it. */
export async function renderPostBody(markdown: string): Promise<RenderedBody> {
  const tree = await renderMarkdown(markdown);
  return { tree, images: await listImageRefs({ ids: libraryImageIds(tree) }) };
}
