/** Adult silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Words in a text, split on whitespace (the same rule the database uses for list pages). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** Whole minutes to read this many words; never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
