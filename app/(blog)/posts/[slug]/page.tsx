import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CommentSection } from "@/components/comments/comment-section";
import { PostBody } from "@/components/post/post-body";
import { EngagementProvider, LikeButton } from "@/components/post/engagement";
import { PostHero } from "@/components/post/post-hero";
import { ShareButtons } from "@/components/post/share-buttons";
import { listPublishedPostSlugs } from "@/db/queries/posts";
import { getMovedPostSlug, getPost } from "@/lib/content";
import { absoluteUrl } from "@/lib/format";
import { slugParamSchema } from "@/lib/params";
import { paths } from "@/lib/site";

/** Posts prerendered at build; older ones render on their first visit and are cached. */
const PRERENDERED_POSTS = 50;

// The page awaits its params before rendering anything, so an unknown or unpublished slug gets a
// real 404 status instead of a streamed shell. Navigations into it may wait for the server.
export const instant = false;

export async function generateStaticParams() {
  const slugs = await listPublishedPostSlugs({ limit: PRERENDERED_POSTS });
  // Cache Components needs at least one entry; on an empty blog this slug simply renders the 404 page.
  return (slugs.length > 0 ? slugs : ["welcome"]).map((slug) => ({ slug }));
}

/** The post, or null; a slug the post had before it was renamed redirects to its new address. */
async function load(params: PageProps<"/posts/[slug]">["params"]) {
  const slug = slugParamSchema.safeParse((await params).slug);
  if (!slug.success) return null;
  const found = await getPost(slug.data);
  if (found) return found;
  const moved = await getMovedPostSlug(slug.data);
  if (moved) permanentRedirect(paths.post(moved));
  return null;
}

export async function generateMetadata({ params }: PageProps<"/posts/[slug]">): Promise<Metadata> {
  const data = await load(params);
  if (!data) return {};
  const { post } = data;
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { canonical: paths.post(post.slug) },
    openGraph: {
      type: "article",
      title: post.title,
      description: post.excerpt,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      section: post.category.name,
      images: post.cover ? [{ url: paths.image(post.cover.id), width: post.cover.width, height: post.cover.height, alt: post.cover.alt }] : [],
    },
  };
}

export default async function PostPage({ params }: PageProps<"/posts/[slug]">) {
  const data = await load(params);
  if (!data) notFound();
  const { post, body, images } = data;
  return (
    <EngagementProvider postId={post.id} initial={{ likeCount: post.likeCount, commentCount: post.commentCount }}>
    <article>
      <PostHero post={post} />
      <div className="mx-auto max-w-3xl space-y-14 px-4 pt-12 sm:px-6 sm:pt-16">
        <PostBody tree={body} images={images} />
        {post.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-2 text-sm">
            {post.tags.map((tag) => (
              <li key={tag.slug} className="rounded-full bg-surface-2 px-3 py-1 text-muted">
                #{tag.name}
              </li>
            ))}
          </ul>
        )}
        <div className="flex items-center gap-4 border-t border-border pt-8">
          <p className="font-serif text-lg">Enjoyed this post?</p>
          <LikeButton id="like" />
        </div>
        <ShareButtons url={absoluteUrl(paths.post(post.slug))} title={post.title} />
        <CommentSection postId={post.id} commentCount={post.commentCount} commentsMode={post.commentsMode} />
      </div>
    </article>
    </EngagementProvider>
  );
}
