/** An ILIKE pattern matching text that contains `query` literally (its % and _ escaped). */
export function containsPattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, "\\$&")}%`;
}
