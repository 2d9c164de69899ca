// Safe in the browser: the live like and comment counts use it as well as the cached pages, so a
// count reads the same wherever it is drawn.
const numbers = new Intl.NumberFormat("en-US");

/** "1 Like", "68 Likes", "1,204 posts". */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(n)} ${n === 1 ? singular : plural}`;
}
