/**
 * The post editor's rules that need no React: how an image becomes Markdown, where an inserted
 * block goes, and how a schedule time is shown. Pure, so they are unit-tested on their own.
 */
import type { PostState } from "@/db/queries/admin-posts";
import type { SavePostInput } from "@/app/admin/(panel)/posts/schema";

export type Publication = SavePostInput["publication"];

/** One line of text, whatever was pasted: Markdown image text cannot hold a line break. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * `![alt](src "caption")` for a library image. The alt text and caption come back exactly as typed:
 * CommonMark backslash-escapes any ASCII punctuation, so the alt text's (which Markdown would read
 * as emphasis, links or the image's end) and the caption's quote, backslash and ampersand
 * (entities are decoded in titles) are all escaped.
 */
export function imageMarkdown({ src, alt, caption }: { src: string; alt: string; caption: string }): string {
  const description = oneLine(alt).replace(/[!-/:-@[-`{-~]/g, "\\$&");
  const title = oneLine(caption).replace(/[\\"&]/g, "\\$&");
  return `![${description}](${src}${title ? ` "${title}"` : ""})`;
}

/**
 * `text` with `block` put in place of the selection [start, end), as a paragraph of its own: a
 * blank line before it (unless the text before already ends in one) and after it. Returns the new
 * text and where the caret goes (just after the block).
 */
export function insertBlock(text: string, start: number, end: number, block: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const gap = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const inserted = `${gap}${block}\n\n`;
  return { text: before + inserted + text.slice(end), caret: start + inserted.length };
}

/** "2026-11-27T14:30" in the given offset (minutes, as Date#getTimezoneOffset), as datetime-local wants it. */
export function toLocalInput(iso: string | null, offsetMinutes = iso ? new Date(iso).getTimezoneOffset() : 0): string {
  if (!iso) return "";
  const local = new Date(new Date(iso).getTime() - offsetMinutes * 60_000);
  return local.toISOString().slice(0, 16);
}

/** What the status line says after a save, by what the save did. */
export const doneMessage: Record<Publication, (state: PostState) => string> = {
  keep: (state) => (state === "draft" ? "Draft saved." : "Changes saved and live."),
  draft: () => "Unpublished: the post is a draft again.",
  now: () => "Published.",
  schedule: () => "Scheduled.",
};
