import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import Image from "next/image";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { ImageRef } from "@/db/queries/post-summary";
import { libraryImageId } from "@/lib/library-images";

/**
 * A post's sanitised HTML tree as React elements. Library images go through next/image with
 * their stored dimensions; any other image stays a lazy plain <img>. Renders on the server for
 * readers and in the browser for the editor's live preview.
 */
export function PostBody({ tree, images }: { tree: Root; images: ImageRef[] }) {
  const byId = new Map(images.map((image) => [image.id, image]));
  const components: Partial<Components> = {
    img: ({ src, alt, width, height, title }) => {
      const ref = byId.get(libraryImageId(src) ?? "");
      if (ref && typeof src === "string") {
        return (
          <Image
            src={src}
            alt={alt ?? ref.alt}
            width={ref.width}
            height={ref.height}
            sizes="(min-width: 768px) 48rem, 100vw"
          />
        );
      }
      return (
        // eslint-disable-next-line @next/next/no-img-element -- not a library image: size unknown
        <img
          src={typeof src === "string" ? src : undefined}
          alt={alt ?? ""}
          title={title}
          width={width}
          height={height}
          loading="lazy"
          decoding="async"
        />
      );
    },
  };
  return <div className="prose-quire prose max-w-none">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
