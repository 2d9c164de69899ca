import Link from "next/link";
import type { PostSummary } from "@/db/queries/post-summary";
import { paths } from "@/lib/site";
import { Pill } from "../ui/pill";
import { CoverImage } from "./cover-image";
import { PostMeta } from "./post-meta";

/** The newest post, large, at the top of the home page. */
export function FeaturedPost({ post }: { post: PostSummary }) {
  return (
    <article className="group relative grid overflow-hidden rounded-3xl bg-surface shadow-sm ring-1 ring-border lg:grid-cols-[3fr_2fr]">
      <div className="relative aspect-[16/9] bg-surface-2 lg:aspect-auto lg:min-h-[26rem]">
        {post.cover && (
          <CoverImage
            image={post.cover}
            decorative
            priority
            sizes="(min-width: 1024px) 42rem, 100vw"
            className="object-cover"
          />
        )}
      </div>
      <div className="flex flex-col justify-center p-6 sm:p-10">
        <p className="text-xs font-semibold tracking-widest text-muted uppercase">Latest</p>
        <div className="relative z-10 mt-3">
          <Pill href={paths.category(post.category.slug)}>{post.category.name}</Pill>
        </div>
        <h2 className="mt-4 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          <Link href={paths.post(post.slug)} className="group-hover:text-accent after:absolute after:inset-0">
            {post.title}
          </Link>
        </h2>
        <p className="mt-4 line-clamp-3 text-lg text-muted">{post.excerpt}</p>
        <PostMeta
          publishedAt={post.publishedAt}
          words={post.words}
          likeCount={post.likeCount}
          commentCount={post.commentCount}
          className="mt-6 text-muted"
        />
      </div>
    </article>
  );
}
