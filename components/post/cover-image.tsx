import type { ImageRef } from "@/db/queries/posts";
import { paths } from "@/lib/site";
import { OptimisedImage } from "../ui/optimised-image";

/**
 * A post's cover from the media library, optimised by next/image. `priority` is for the cover that
 * is the page's largest paint: fetched at once and ahead of scripts.
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
    <OptimisedImage
      src={paths.image(image.id)}
      alt={decorative ? "" : image.alt}
      fill
      sizes={sizes}
      priority={priority}
      className={className}
    />
  );
}
