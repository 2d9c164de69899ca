import Link from "next/link";
import type { PostSummary } from "@/db/queries/post-summary";
import { paths } from "@/lib/site";
import { Pill } from "../ui/pill";
import { CoverImage } from "./cover-image";
import { PostMeta } from "./post-meta";

/** A post in a grid: cover, category, title, excerpt, date and reading time. */
export function PostCard({ post, headingLevel = 2 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="group relative flex flex-col">
      <div className="relative aspect-[16/10] overflow-hidden rounded-2xl bg-surface-2">
        {post.cover && (
          <CoverImage
            image={post.cover}
            decorative
            sizes="(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw"
            className="object-cover transition-transform duration-500 group-hover:scale-[1.03]"
          />
        )}
      </div>
      <div className="mt-4 flex flex-1 flex-col">
        <div className="relative z-10">
          <Pill href={paths.category(post.category.slug)}>{post.category.name}</Pill>
        </div>
        <Heading className="mt-3 font-serif text-xl leading-snug font-bold tracking-tight text-balance">
          <Link href={paths.post(post.slug)} className="group-hover:text-accent after:absolute after:inset-0">
            {post.title}
          </Link>
        </Heading>
        <p className="mt-2 line-clamp-3 text-muted">{post.excerpt}</p>
        <PostMeta publishedAt={post.publishedAt} words={post.words} className="mt-auto pt-4 text-muted" />
      </div>
    </article>
  );
}
