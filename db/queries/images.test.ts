import { describe, expect, it } from "vitest";
import { makeImage } from "../testing";
import { getImageFile, listImageRefs } from "./images";

describe("images", () => {
  it("returns the stored bytes and content type", async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const image = await makeImage({ data: bytes, contentType: "image/png", byteSize: bytes.byteLength });
    const file = await getImageFile({ id: image.id });
    expect(file?.contentType).toBe("image/png");
    expect([...file!.data]).toEqual([...bytes]);
    expect(await getImageFile({ id: "00000000-0000-0000-0000-000000000000" })).toBeNull();
  });

  it("lists dimensions and alt text of the asked images", async () => {
    const a = await makeImage({ width: 10, height: 20, alt: "A" });
    await makeImage();
    expect(await listImageRefs({ ids: [a.id] })).toEqual([{ id: a.id, width: 10, height: 20, alt: "A" }]);
    expect(await listImageRefs({ ids: [] })).toEqual([]);
  });
});
