import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata = { title: "Page not found" };

/** notFound() inside a public page: the blog's header and footer are already around it. */
export default function BlogNotFound() {
  return <NotFoundMessage />;
}
