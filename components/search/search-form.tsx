import { Search } from "lucide-react";
import Form from "next/form";
import { clsx } from "clsx";
import { paths } from "@/lib/site";

/**
 * A search box that works without JavaScript (a GET form to /search); with it, next/form
 * navigates on the client and prefetches the results page.
 */
export function SearchForm({
  defaultValue,
  id,
  className,
  size = "sm",
}: {
  defaultValue?: string;
  id: string;
  className?: string;
  size?: "sm" | "lg";
}) {
  return (
    <Form action={paths.search()} role="search" className={clsx("relative flex items-center", className)}>
      <label htmlFor={id} className="sr-only">
        Search posts
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search posts"
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className={clsx(
          "w-full rounded-full border border-border bg-surface pr-11 text-fg placeholder:text-muted focus:border-accent focus:outline-2 focus:outline-offset-2 focus:outline-accent",
          size === "lg" ? "py-3 pl-5 text-lg" : "py-1.5 pl-4 text-sm",
        )}
      />
      <button
        type="submit"
        className="absolute right-1 inline-flex size-9 items-center justify-center rounded-full text-muted hover:text-accent focus-visible:outline-2 focus-visible:outline-accent"
      >
        <span className="sr-only">Search</span>
        <Search aria-hidden className="size-4" />
      </button>
    </Form>
  );
}
