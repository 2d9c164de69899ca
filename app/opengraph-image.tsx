import { shareCard, shareCardSize } from "@/lib/share-cards";
import { site } from "@/lib/site";

export const size = shareCardSize;
export const contentType = "image/png";
export const alt = "The site's name and what it is about";

/** The share card of every page without one of its own: the site's name and description. */
export default function Image() {
  const { name, description } = site();
  return shareCard({ siteName: name, title: description });
}
