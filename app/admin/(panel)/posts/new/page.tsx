import type { Metadata } from "next";
import { FreshOnNavigation } from "@/components/admin/fresh-on-navigation";
import { PostEditor } from "@/components/admin/post-editor";
import { requireRole } from "@/lib/auth/guards";
import { loadEditorChoices } from "../editor-data";

export const metadata: Metadata = { title: "New post" };
// Per request, behind the session check: see docs/architecture.md, "Admin pages".
export const instant = false;

export default async function NewPostPage() {
  await requireRole("editor", "/admin/posts/new");
  const choices = await loadEditorChoices();
  return (
    <FreshOnNavigation>
      <PostEditor
        {...choices}
        initial={{
          title: "",
          slug: "",
          excerpt: "",
          body: "",
          categoryId: choices.categories[0]?.id ?? "",
          tags: [],
          cover: null,
          commentsMode: "open",
          state: "draft",
          publishedAt: null,
        }}
      />
    </FreshOnNavigation>
  );
}
