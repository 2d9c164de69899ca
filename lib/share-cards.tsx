import "server-only";
import { ImageResponse } from "next/og";
import { cacheTag } from "next/cache";
import { cacheTags } from "./cache";
import { getPost } from "./content";
import { site } from "./site";

/** Share cards are drawn at the size every network crops well. */
export const shareCardSize = { width: 1200, height: 630 };

/**
 * The image networks show when a page is shared: the site's name, a kicker (the post's category)
 * and a title, in the site's dark palette. Drawn by next/og; no files or fonts to fetch.
 */
export function shareCard({ siteName, kicker, title }: { siteName: string; kicker?: string; title: string }) {
  const size = title.length > 90 ? 52 : title.length > 50 ? 64 : 76;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "linear-gradient(135deg, #111213 0%, #1f2046 100%)",
        color: "#ecebe8",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 700, letterSpacing: -0.5 }}>{siteName}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        {kicker && (
          <div
            style={{
              display: "flex",
              alignSelf: "flex-start",
              padding: "8px 22px",
              borderRadius: 999,
              background: "#a9abff",
              color: "#15152e",
              fontSize: 26,
              fontWeight: 700,
              textTransform: "uppercase",
              letterSpacing: 2,
            }}
          >
            {kicker}
          </div>
        )}
        <div style={{ display: "flex", fontSize: size, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>
          {title}
        </div>
      </div>
    </div>,
    shareCardSize,
  );
}

/**
 * A public post's share card as PNG bytes, or null. Drawing one takes tens of milliseconds, so
 * it is cached with the post and drawn again only when the post changes.
 */
export async function getPostShareCard(slug: string): Promise<Uint8Array<ArrayBuffer> | null> {
  "use cache";
  cacheTag(cacheTags.postSlug(slug));
  const data = await getPost(slug);
  if (!data) return null;
  cacheTag(cacheTags.post(data.post.id), cacheTags.taxonomy);
  const card = shareCard({ siteName: site().name, kicker: data.post.category.name, title: data.post.title });
  return new Uint8Array(await card.arrayBuffer());
}
