import type { Thing, WithContext } from "schema-dts";

/**
 * Structured data for search engines. JSON inside <script> ends at the first "</script>", so "<"
 * is escaped: a post title cannot break out of it.
 */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> | WithContext<T>[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
