import Image from "next/image";
import type { ImageRef } from "@/db/queries/post-summary";
import { paths } from "@/lib/site";

/**
 * A post's cover from the media library, served through next/image. `priority` is for the cover
 * that is the page's largest paint: it is preloaded from the head and fetched ahead of scripts
 * (next/image's `preload` alone leaves the browser's default, low, priority for images).
 */
export function CoverImage({
  image,
  sizes,
  priority = false,
  className,
  decorative = false,
}: {
  image: ImageRef;
  sizes: string;
  priority?: boolean;
  className?: string;
  /** Alt text is dropped where the image repeats what a nearby link already says. */
  decorative?: boolean;
}) {
  return (
    <Image
      src={paths.image(image.id)}
      alt={decorative ? "" : image.alt}
      fill
      sizes={sizes}
      preload={priority}
      fetchPriority={priority ? "high" : undefined}
      className={className}
    />
  );
}
