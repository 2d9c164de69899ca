import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { avatars, users } from "@/db/schema";
import { makeComment, makePost, makeUser } from "@/db/testing";
import { hashPassword } from "@/lib/auth/password";
import { cacheTags } from "@/lib/cache";
import { AVATAR_SIDE } from "@/lib/uploads";
import { invalidated, signInAs } from "@/test/viewer-mock";
vi.mock("@/auth", () => ({ signOut: vi.fn(async () => undefined) }));

const { deleteMyAccount, removeMyAvatar, uploadMyAvatar } = await import("./actions");
const { GET: serveAvatar } = await import("../../api/avatars/[id]/route");

function upload(bytes: Uint8Array | string, name = "me.jpg", type = "image/jpeg"): FormData {
  const data = new FormData();
  data.set("file", new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type }));
  return data;
}

/** A wide photo that says where it was taken, as phones' photos do. */
const photo = async () =>
  new Uint8Array(
    await sharp({ create: { width: 800, height: 500, channels: 3, background: "#2a6f97" } })
      .withExif({ IFD0: { Artist: "Someone", ImageDescription: "Taken at 51.5007 N, 0.1246 W" } })
      .jpeg()
      .toBuffer(),
  );

const reader = (name: string) => makeUser({ name, role: "reader" });
const asReader = (user: { id: string; name: string }) => signInAs({ ...user, role: "reader" });
const imageOf = async (id: string) =>
  (await getDb().select({ image: users.image }).from(users).where(eq(users.id, id)))[0]!.image;
const storedAvatar = async (id: string) =>
  (await getDb().select().from(avatars).where(eq(avatars.userId, id)))[0] ?? null;
const serve = (id: string) =>
  serveAvatar(new Request(`http://x/api/avatars/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  signInAs(null);
  invalidated.length = 0;
});

describe("uploadMyAvatar", () => {
  it("refuses an anonymous caller and stores nothing", async () => {
    expect(await uploadMyAvatar(upload(await photo()))).toMatchObject({ ok: false, reason: "unauthenticated" });
    expect(await getDb().select({ id: avatars.userId }).from(avatars)).toEqual([]);
  });

  it("keeps a square WebP without the photo's metadata as the caller's picture, and serves it", async () => {
    const me = await reader("Pictured");
    const post = await makePost();
    await makeComment(post.id, { authorId: me.id });
    asReader(me);
    const sent = await photo();
    expect((await sharp(sent).metadata()).exif).toBeDefined();
    const result = await uploadMyAvatar(upload(sent));
    expect(result).toMatchObject({ ok: true });
    const image = await imageOf(me.id);
    expect(image).toMatch(new RegExp(`^/api/avatars/${me.id}\\?v=[0-9a-z]+$`));
    expect(result.ok && result.data.image).toBe(image);

    const stored = await storedAvatar(me.id);
    const meta = await sharp(stored!.data).metadata();
    expect(meta).toMatchObject({ format: "webp", width: AVATAR_SIDE, height: AVATAR_SIDE });
    expect(meta.exif).toBeUndefined();
    // The pages showing the person pick it up; the old bytes go at once.
    expect(invalidated).toContain(cacheTags.avatar(me.id));
    expect(invalidated).toContain(cacheTags.comments(post.id));

    const response = await serve(me.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(stored!.data));
  });

  it("gives a new upload a new address", async () => {
    const me = await reader("Twice");
    asReader(me);
    await uploadMyAvatar(upload(await photo()));
    const first = await imageOf(me.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await uploadMyAvatar(upload(await photo()));
    expect(await imageOf(me.id)).not.toBe(first);
    expect(await getDb().select({ id: avatars.userId }).from(avatars).where(eq(avatars.userId, me.id))).toHaveLength(1);
  });

  it("changes only the caller's picture, never another reader's", async () => {
    const me = await reader("Mine");
    const other = await reader("Theirs");
    asReader(me);
    await uploadMyAvatar(upload(await photo()));
    expect(await imageOf(other.id)).toBeNull();
    expect(await storedAvatar(other.id)).toBeNull();
  });

  it("refuses what is not an image we accept, saying why, and keeps the old picture", async () => {
    const me = await reader("Careful");
    asReader(me);
    await uploadMyAvatar(upload(await photo()));
    const before = await imageOf(me.id);
    const svg = await uploadMyAvatar(
      upload('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "me.png", "image/png"),
    );
    expect(svg).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { file: [expect.stringMatching(/SVG/)] } });
    const text = await uploadMyAvatar(upload("just some words", "me.jpg"));
    expect(text).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/not a JPEG, PNG/)] } });
    expect(await uploadMyAvatar(upload(new Uint8Array(0)))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await imageOf(me.id)).toBe(before);
  });

  it("lets one person change their picture ten times an hour", async () => {
    const me = await reader("Restless");
    asReader(me);
    for (let i = 0; i < 10; i++) expect(await removeMyAvatar({})).toMatchObject({ ok: true });
    expect(await uploadMyAvatar(upload(await photo()))).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await storedAvatar(me.id)).toBeNull();
  });
});

describe("removeMyAvatar", () => {
  it("refuses an anonymous caller", async () => {
    expect(await removeMyAvatar({})).toMatchObject({ ok: false, reason: "unauthenticated" });
  });

  it("takes the caller's picture away, never another reader's; its address stops answering", async () => {
    const me = await reader("Leaving");
    const other = await reader("Staying");
    asReader(other);
    await uploadMyAvatar(upload(await photo()));
    asReader(me);
    await uploadMyAvatar(upload(await photo()));
    invalidated.length = 0;
    expect(await removeMyAvatar({})).toMatchObject({ ok: true });
    expect(await imageOf(me.id)).toBeNull();
    expect((await serve(me.id)).status).toBe(404);
    expect(invalidated).toContain(cacheTags.avatar(me.id));
    expect(await imageOf(other.id)).not.toBeNull();
    expect((await serve(other.id)).status).toBe(200);
  });

  it("also removes a provider's picture, for initials", async () => {
    const me = await makeUser({ image: "https://avatars.githubusercontent.com/u/1" });
    asReader(me);
    expect(await removeMyAvatar({})).toMatchObject({ ok: true });
    expect(await imageOf(me.id)).toBeNull();
  });
});

describe("the avatar route", () => {
  it("answers 404 for someone without a picture and for an address that is no id", async () => {
    expect((await serve((await reader("Plain")).id)).status).toBe(404);
    expect((await serve("../../etc/passwd")).status).toBe(404);
  });
});

it("deleting an account deletes its picture", async () => {
  const password = "a long and quiet passphrase";
  const me = await makeUser({ passwordHash: await hashPassword(password) });
  asReader(me);
  await uploadMyAvatar(upload(await photo()));
  const data = new FormData();
  data.set("password", password);
  await expect(deleteMyAccount(null, data)).rejects.toThrow(/NEXT_REDIRECT/);
  expect(await storedAvatar(me.id)).toBeNull();
  expect(await imageOf(me.id)).toBeNull();
  expect(invalidated).toContain(cacheTags.avatar(me.id));
});
