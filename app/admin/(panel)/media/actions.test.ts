import { crc32 } from "node:zlib";
import { eq } from "drizzle-orm";
import sharp, { type Sharp } from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { images } from "@/db/schema";
import { makeImage, makePost, makeUser } from "@/db/testing";
import { invalidated, signInAs } from "@/test/viewer-mock";
import { deleteImage, updateImage, uploadImage } from "./actions";

function form(bytes: Uint8Array, name: string, type: string, alt = "A picture") {
  const data = new FormData();
  data.set("file", new File([Buffer.from(bytes)], name, { type }));
  data.set("alt", alt);
  return data;
}

const png = async (width = 40, height = 30) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: "#c05020" } })
      .png()
      .toBuffer(),
  );

/** A PNG whose header claims a huge canvas, with almost no data: a decompression bomb's shape. */
function pixelFlood(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", Buffer.alloc(16)), chunk("IEND", Buffer.alloc(0))]),
  );
}

const imageCount = async () => (await getDb().select({ id: images.id }).from(images)).length;

beforeEach(async () => {
  invalidated.length = 0;
  signInAs(await makeUser({ role: "editor" }));
});

describe("uploadImage", () => {
  it("stores a real image with its measured size and type, whatever the file is called", async () => {
    const result = await uploadImage(form(await png(40, 30), "holiday.gif", "image/gif"));
    expect(result).toMatchObject({ ok: true, data: { width: 40, height: 30, alt: "A picture" } });
    const [row] = await getDb()
      .select()
      .from(images)
      .where(eq(images.id, result.ok ? result.data.id : ""));
    expect(row).toMatchObject({ contentType: "image/png", width: 40, height: 30 });
  });

  it.each([
    [
      "a text file renamed .png",
      new TextEncoder().encode("just some text, honestly"),
      "photo.png",
      /not a JPEG, PNG, WebP, AVIF or GIF/,
    ],
    [
      "an SVG",
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "logo.svg",
      /SVG images are not accepted/,
    ],
    [
      "an SVG renamed .jpg",
      new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
      "logo.jpg",
      /SVG images are not accepted/,
    ],
    ["a file over 4 MB", new Uint8Array(4 * 1024 * 1024 + 1), "big.jpg", /at most 4 MB/],
    ["a pixel flood (100,000 × 100,000 claimed)", pixelFlood(100_000, 100_000), "flood.png", /at most 40 megapixels/],
    [
      "a truncated PNG",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      "cut.png",
      /could not be read|not a JPEG/,
    ],
  ])("refuses %s with a message on the file field", async (_label, bytes, name, message) => {
    const result = await uploadImage(form(bytes, name, "image/png"));
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: [expect.stringMatching(message)] },
    });
    expect(await imageCount()).toBe(0);
  });

  /** Uploads a photo carrying EXIF and answers the stored row and bytes. */
  async function uploadPhotoWithExif(encode: (image: Sharp) => Sharp, name: string, type: string) {
    const photo = await encode(
      sharp({ create: { width: 30, height: 20, channels: 3, background: "#336699" } }).withExif({
        IFD0: { Make: "SecretCam", Copyright: "Somewhere private" },
      }),
    ).toBuffer();
    expect(photo.includes("SecretCam")).toBe(true);
    const result = await uploadImage(form(new Uint8Array(photo), name, type));
    const [row] = await getDb()
      .select()
      .from(images)
      .where(eq(images.id, result.ok ? result.data.id : ""));
    return { result, row: row!, stored: Buffer.from(row!.data) };
  }

  it("stores a photo without its EXIF metadata (camera, place), turned upright", async () => {
    const { result, row, stored } = await uploadPhotoWithExif(
      (image) => image.jpeg().withMetadata({ orientation: 6 }),
      "photo.jpg",
      "image/jpeg",
    );
    // Orientation 6 means "rotate 90°": the stored image is upright, so 20 × 30.
    expect(result).toMatchObject({ ok: true, data: { width: 20, height: 30 } });
    expect(stored.includes("SecretCam")).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(row).toMatchObject({ contentType: "image/jpeg", width: 20, height: 30, byteSize: stored.byteLength });
  });

  it("stores an AVIF without its EXIF metadata", async () => {
    const { result, row, stored } = await uploadPhotoWithExif(
      (image) => image.avif({ effort: 0 }),
      "photo.avif",
      "image/avif",
    );
    expect(result).toMatchObject({ ok: true, data: { width: 30, height: 20 } });
    expect(stored.includes("SecretCam")).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(row).toMatchObject({ contentType: "image/avif", byteSize: stored.byteLength });
  });

  it("stores an animated GIF still animated, without the comment blocks it carried", async () => {
    // Three 16 × 16 frames of different colours, written as an animation.
    const frames = await Promise.all(
      ["#aa3300", "#00aa33", "#3300aa"].map((colour) =>
        sharp({ create: { width: 16, height: 16, channels: 3, background: colour } })
          .png()
          .toBuffer(),
      ),
    );
    const animation = await sharp(frames, { join: { animated: true } })
      .gif({ loop: 0 })
      .toBuffer();
    // A GIF comment block (0x21 0xFE) with a secret, just before the trailer.
    const secret = Buffer.from("GPS 48.8566,2.3522");
    const comment = Buffer.concat([Buffer.from([0x21, 0xfe, secret.length]), secret, Buffer.from([0x00])]);
    const gif = Buffer.concat([animation.subarray(0, -1), comment, animation.subarray(-1)]);
    expect((await sharp(gif, { animated: true }).metadata()).pages).toBe(3);

    const result = await uploadImage(form(new Uint8Array(gif), "moving.gif", "image/gif"));
    expect(result).toMatchObject({ ok: true, data: { width: 16, height: 16 } });
    const [row] = await getDb()
      .select()
      .from(images)
      .where(eq(images.id, result.ok ? result.data.id : ""));
    const stored = Buffer.from(row!.data);
    expect(stored.includes("GPS 48.8566")).toBe(false);
    expect((await sharp(stored, { animated: true }).metadata()).pages).toBe(3);
    expect(row).toMatchObject({ contentType: "image/gif", width: 16, height: 16 });
  });

  it("requires alt text", async () => {
    const result = await uploadImage(form(await png(), "a.png", "image/png", "   "));
    expect(result).toMatchObject({ ok: false, fieldErrors: { alt: expect.any(Array) } });
    expect(await imageCount()).toBe(0);
  });
});

describe("deleteImage", () => {
  it("refuses to delete an image a post uses as its cover or in its body, naming the post", async () => {
    const cover = await makeImage();
    const inline = await makeImage();
    await makePost({ title: "Cover user", coverImageId: cover.id });
    await makePost({ title: "Body user", body: `![A dot](/api/images/${inline.id} "Caption")` });
    expect(await deleteImage({ id: cover.id })).toMatchObject({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("Cover user"),
    });
    expect(await deleteImage({ id: inline.id })).toMatchObject({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("Body user"),
    });
    expect(await imageCount()).toBe(2);
  });

  it("deletes an unused image and drops its cached bytes", async () => {
    const image = await makeImage();
    expect(await deleteImage({ id: image.id })).toEqual({ ok: true, data: null });
    expect(await imageCount()).toBe(0);
    expect(invalidated).toContain(`image:${image.id}`);
  });
});

describe("updateImage", () => {
  it("changes the alt text and refreshes the posts that show the image", async () => {
    const image = await makeImage();
    const post = await makePost({ coverImageId: image.id });
    expect(await updateImage({ id: image.id, alt: "A better description" })).toEqual({ ok: true, data: null });
    expect((await getDb().select().from(images).where(eq(images.id, image.id)))[0]?.alt).toBe("A better description");
    expect(invalidated).toContain(`post:${post.id}`);
  });
});
