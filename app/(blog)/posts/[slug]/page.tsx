import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { PostGrid } from "@/components/blog/post-grid";
import { CommentSection } from "@/components/comments/comment-section";
import { PostBody } from "@/components/post/post-body";
import { EngagementProvider, LikeButton } from "@/components/post/engagement";
import { PostHero } from "@/components/post/post-hero";
import { PostNavigation } from "@/components/post/post-navigation";
import { ShareButtons } from "@/components/post/share-buttons";
import { TableOfContents } from "@/components/post/table-of-contents";
import { JsonLd } from "@/components/seo/json-ld";
import { listPublishedPostSlugs } from "@/db/queries/posts";
import { getMovedPostSlug, getPost, getPostNeighbours } from "@/lib/content";
import { absoluteUrl } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { slugParamSchema } from "@/lib/params";
import { paths } from "@/lib/site";
import { blogPostingData, breadcrumbData } from "@/lib/structured-data";
import { TOC_MIN_HEADINGS, tableOfContents } from "@/lib/toc";

/** Posts prerendered at build; older ones render on their first visit and are cached. */
const PRERENDERED_POSTS = 50;

// Awaits its params first: see docs/architecture.md, "Pages that await their params".
export const instant = false;

export async function generateStaticParams() {
  const slugs = await listPublishedPostSlugs({ limit: PRERENDERED_POSTS });
  // At least one entry: see docs/architecture.md, "Static params".
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
  const base = pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: paths.post(post.slug),
    category: post.category,
    image: { url: paths.shareImage(post.slug), alt: `${post.category.name}: ${post.title}` },
  });
  return {
    ...base,
    authors: [{ name: post.author.name, url: post.author.slug ? paths.author(post.author.slug) : undefined }],
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      authors: [post.author.slug ? absoluteUrl(paths.author(post.author.slug)) : post.author.name],
      section: post.category.name,
      tags: post.tags.map((t) => t.name),
    },
  };
}

export default async function PostPage({ params }: PageProps<"/posts/[slug]">) {
  const data = await load(params);
  if (!data) notFound();
  const { post, body, images } = data;
  const { related, previous, next } = await getPostNeighbours(post.id);
  const toc = tableOfContents(body);
  return (
    <>
      <JsonLd data={[blogPostingData(post), breadcrumbData(post)]} />
      <EngagementProvider postId={post.id} initial={{ likeCount: post.likeCount, commentCount: post.commentCount }}>
        <article>
          <PostHero post={post} />
          <div className="mx-auto max-w-3xl space-y-14 px-4 pt-12 sm:px-6 sm:pt-16">
            {toc.length >= TOC_MIN_HEADINGS && <TableOfContents entries={toc} />}
            <PostBody tree={body} images={images} />
            {post.tags.length > 0 && (
              <ul aria-label="Tags" className="flex flex-wrap gap-2 text-sm">
                {post.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link
                      href={paths.tag(tag.slug)}
                      className="block rounded-full bg-surface-2 px-3 py-1 text-muted hover:bg-accent-soft hover:text-accent"
                    >
                      #{tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <div className="flex items-center gap-4 border-t border-border pt-8">
              <p className="font-serif text-lg">Enjoyed this post?</p>
              <LikeButton id="like" />
            </div>
            <ShareButtons url={absoluteUrl(paths.post(post.slug))} title={post.title} />
            <CommentSection postId={post.id} commentsMode={post.commentsMode} />
          </div>
        </article>
      </EngagementProvider>
      <div className="mx-auto mt-20 max-w-6xl space-y-16 px-4 render-when-near sm:px-6">
        <div className="mx-auto max-w-3xl">
          <PostNavigation previous={previous} next={next} />
        </div>
        {related.length > 0 && (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className="mb-8 font-serif text-2xl font-bold">
              Keep reading
            </h2>
            <PostGrid posts={related} headingLevel={3} />
          </section>
        )}
      </div>
    </>
  );
}
