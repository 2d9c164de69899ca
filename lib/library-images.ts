const imagePath = /^\/api\/images\/([0-9a-f-]{36})$/;

/** The id of a library image from its URL, or null for any other URL. Safe in the browser. */
export function libraryImageId(src: unknown): string | null {
  return typeof src === "string" ? (imagePath.exec(src)?.[1] ?? null) : null;
}
