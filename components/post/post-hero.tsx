import Link from "next/link";
import type { PostDetail } from "@/db/queries/post-summary";
import { paths } from "@/lib/site";
import { Pill } from "../ui/pill";
import { CoverImage } from "./cover-image";
import { PostMeta } from "./post-meta";

/** The cover as the page's background, with the category, the title and the meta row over a scrim. */
export function PostHero({ post, live = true }: { post: PostDetail; live?: boolean }) {
  return (
    <header className="relative isolate flex min-h-[78svh] items-end overflow-hidden bg-neutral-900 text-white sm:aspect-[16/9] sm:max-h-[46rem] sm:min-h-0 sm:w-full">
      {post.cover && <CoverImage image={post.cover} priority sizes="100vw" className="-z-10 object-cover" />}
      <div aria-hidden className="absolute inset-0 -z-10 bg-gradient-to-t from-black/85 via-black/45 to-black/10" />
      <div className="mx-auto w-full max-w-3xl px-4 pt-28 pb-10 sm:px-6 sm:pb-14">
        <Pill href={paths.category(post.category.slug)} tone="overlay">
          {post.category.name}
        </Pill>
        <h1 className="mt-4 font-serif text-4xl leading-[1.08] font-bold tracking-tight text-balance sm:text-5xl lg:text-6xl">
          {post.title}
        </h1>
        <p className="mt-5 text-white/90">
          By{" "}
          {post.author.slug ? (
            <Link
              href={paths.author(post.author.slug)}
              className="font-semibold text-white underline-offset-4 hover:underline"
            >
              {post.author.name}
            </Link>
          ) : (
            <span className="font-semibold text-white">{post.author.name}</span>
          )}
        </p>
        <PostMeta publishedAt={post.publishedAt} words={post.words} live={live} className="mt-3 text-white/90" />
      </div>
    </header>
  );
}
