/**
 * Control characters that ts_headline puts around matched words in a search snippet. The
 * snippet component splits on them and draws each part as text, so no markup ever comes from
 * the database. Shared with client code: no server imports.
 */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";
