import { StatusMessage } from "@/components/layout/status-message";
import BlogLayout from "./(blog)/layout";

export const metadata = { title: "Not allowed", robots: { index: false } };

/** Rendered with status 403 when a signed-in reader opens a page their role does not allow. */
export default function Forbidden() {
  return (
    <BlogLayout>
      <StatusMessage code={403} title="You are not allowed here">
        This part of the site is for the blog&apos;s editors. If you should have access, ask an administrator to change
        your role.
      </StatusMessage>
    </BlogLayout>
  );
}
