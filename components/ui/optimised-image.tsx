import { getImageProps, type ImageProps } from "next/image";

/**
 * next/image's optimised markup (srcset, sizes, lazy loading) as a plain <img>, with none of its
 * client component. Our images are static content: nothing needs to run in the browser for them,
 * so pages hydrate less and ship a few kilobytes less script.
 *
 * `priority` is for the one image that is a page's largest paint: loaded at once and at high
 * priority. It sits at the top of the body, where the browser's preload scanner finds it as early
 * as a preload link in the head. Such a link would be worse here: React replays a server
 * component's preload() from every route payload it prefetches, so a page would start downloading
 * the covers of pages the reader has not opened.
 */
export function OptimisedImage({ priority = false, ...image }: Omit<ImageProps, "preload"> & { priority?: boolean }) {
  const { props } = getImageProps({
    ...image,
    loading: priority ? "eager" : image.loading,
    fetchPriority: priority ? "high" : image.fetchPriority,
  });
  // getImageProps hides the alt text (transparent colour) for its client component to reveal if
  // the image fails; with no client code, a broken image should show its alt text at once.
  const style = { ...props.style, color: undefined };
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's own props, alt included
  return <img {...props} style={style} />;
}
