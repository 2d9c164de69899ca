/** The image types an upload may be (checked from the bytes by lib/uploads.ts); no SVG: it can carry scripts. */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"] as const;
