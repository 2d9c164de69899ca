import { MATCH_END, MATCH_START } from "@/lib/search-marks";

/** A search snippet with the matched words in <mark>; the text is drawn as text, never as HTML. */
export function Snippet({ text }: { text: string }) {
  const [before, ...matches] = text.split(MATCH_START);
  return (
    <>
      {before}
      {matches.map((part, i) => {
        const [matched = "", rest = ""] = part.split(MATCH_END);
        return (
          <span key={i}>
            <mark className="rounded-sm bg-accent-soft px-0.5 text-fg">{matched}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
