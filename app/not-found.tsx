import { NotFoundMessage } from "@/components/layout/not-found-message";
import BlogLayout from "./(blog)/layout";

export const metadata = { title: "Page not found" };

/** A URL that matches no route at all: render the message inside the public chrome. */
export default function NotFound() {
  return (
    <BlogLayout>
      <NotFoundMessage />
    </BlogLayout>
  );
}
