import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/** Under a serverless host's 4.5 MB request limit, with room for the form around the file. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** 40 megapixels: more than any camera photo worth putting on a blog, far below a decompression bomb. */
export const MAX_PIXELS = 40_000_000;

const accepted = new Set(["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"]);

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

/**
 * Decides from the bytes themselves (never the name or the browser's claimed type) whether an
 * upload is an image we accept, measures it and answers the bytes to store (without metadata). The pixel count is checked from the header
 * before anything is decoded, so a small file claiming a huge canvas costs nothing.
 */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
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
    return { ok: true, contentType: type.mime, ...(await withoutMetadata(bytes, type.mime)) };
  } catch {
    return { ok: false, message: "The image could not be read; it may be damaged or incomplete." };
  }
}
