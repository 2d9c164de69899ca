/**
 * How long browsers, CDNs and Next's image optimiser may keep a library image: an hour. An image
 * never changes once stored (a new upload gets a new id), but it can be deleted, and a deleted
 * image must stop answering everywhere within this time. On this server it stops at once: the
 * proxy asks the database before the optimiser answers from its cache.
 */
export const IMAGE_MAX_AGE_SECONDS = 60 * 60;

/**
 * A stored image as an HTTP response: cacheable anywhere for IMAGE_MAX_AGE_SECONDS, never sniffed
 * as another type, and sandboxed should a browser open it as a document.
 */
export function imageResponse(image: { data: Uint8Array; contentType: string; byteSize: number }): Response {
  return new Response(Buffer.from(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.byteSize),
      "Cache-Control": `public, max-age=${IMAGE_MAX_AGE_SECONDS}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
