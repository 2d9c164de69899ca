import { feedResponse } from "@/lib/feeds";

/** The whole blog as Atom. */
export function GET() {
  return feedResponse("atom");
}
