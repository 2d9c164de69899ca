import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ACCEPTED_IMAGE_TYPES } from "./image-types";

/** Under a serverless host's 4.5 MB request limit, with room for the form around the file. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** 40 megapixels: more than any camera photo worth putting on a blog, far below a decompression bomb. */
export const MAX_PIXELS = 40_000_000;

const accepted = new Set<string>(ACCEPTED_IMAGE_TYPES);

export type InspectedImage =
  { ok: true; contentType: string; width: number; height: number; data: Uint8Array } | { ok: false; message: string };

/**
 * Photos carry EXIF: the camera, the time, often the place (GPS); GIFs can carry comments and
 * data blocks. Every accepted type is written again without them (turned upright first, colour
 * profile kept): JPEG and WebP at quality 90, PNG losslessly, AVIF at quality 75 with the
 * encoder's fastest effort (about a second for a 12-megapixel photo), and GIF frame by frame,
 * so an animation stays one.
 */
async function withoutMetadata(bytes: Uint8Array, contentType: string) {
  const animated = contentType === "image/gif";
  const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, animated }).rotate().keepIccProfile();
  const encoded =
    contentType === "image/jpeg"
      ? image.jpeg({ quality: 90, mozjpeg: true })
      : contentType === "image/png"
        ? image.png()
        : contentType === "image/webp"
          ? image.webp({ quality: 90 })
          : contentType === "image/avif"
            ? image.avif({ quality: 75, effort: 0 })
            : image.gif({ loop: 0 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  // An animation's height in `info` is all its frames stacked: one frame's is the image's.
  return { data: new Uint8Array(data), width: info.width, height: info.pageHeight ?? info.height };
}

type Checked = { ok: true; contentType: string } | { ok: false; message: string };

/**
 * Decides from the bytes themselves (never the name or the browser's claimed type) whether an
 * upload is an image we accept. The pixel count is checked from the header before anything is
 * decoded, so a small file claiming a huge canvas costs nothing.
 */
async function checkImage(bytes: Uint8Array): Promise<Checked> {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      message: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; images can be at most 4 MB.`,
    };
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !accepted.has(type.mime)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 1024)).toLowerCase();
    if (type?.mime === "image/svg+xml" || head.includes("<svg")) {
      return {
        ok: false,
        message: "SVG images are not accepted: they can carry scripts. Export it as PNG or WebP first.",
      };
    }
    return { ok: false, message: "This file is not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says." };
  }
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!width || !height) return { ok: false, message: "The image's size could not be read; it may be damaged." };
    if (width * height > MAX_PIXELS) {
      return {
        ok: false,
        message: `The image is ${width} × ${height} pixels; at most 40 megapixels are accepted. Resize it first.`,
      };
    }
    return { ok: true, contentType: type.mime };
  } catch {
    return damaged;
  }
}

const damaged = { ok: false, message: "The image could not be read; it may be damaged or incomplete." } as const;

/** Checks an upload for the media library and answers the bytes to store (without metadata). */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
  const checked = await checkImage(bytes);
  if (!checked.ok) return checked;
  try {
    return { ok: true, contentType: checked.contentType, ...(await withoutMetadata(bytes, checked.contentType)) };
  } catch {
    return damaged;
  }
}

/** The side of a person's picture, in pixels: sharp at twice the largest size it is shown. */
export const AVATAR_SIDE = 256;

/**
 * Checks a person's picture as strictly as a library upload, then makes the one thing we keep:
 * a square WebP, cropped around what draws the eye, upright, in sRGB, with no metadata (sharp
 * keeps none unless told) and only the first frame of an animation.
 */
export async function inspectAvatar(
  bytes: Uint8Array,
): Promise<{ ok: true; data: Uint8Array } | { ok: false; message: string }> {
  const checked = await checkImage(bytes);
  if (!checked.ok) return checked;
  try {
    const data = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(AVATAR_SIDE, AVATAR_SIDE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
    return { ok: true, data: new Uint8Array(data) };
  } catch {
    return damaged;
  }
}
