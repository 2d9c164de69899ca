import { feedResponse } from "@/lib/feeds";

/** The whole blog as RSS 2.0. */
export function GET() {
  return feedResponse("rss");
}
