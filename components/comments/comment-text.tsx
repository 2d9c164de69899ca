import { Fragment } from "react";
import { parseCommentText } from "@/lib/comment-text";

/** A comment's text: paragraphs and line breaks kept, web addresses as nofollow links. */
export function CommentText({ body }: { body: string }) {
  return (
    <div className="space-y-3 break-words">
      {parseCommentText(body).map((lines, p) => (
        <p key={p}>
          {lines.map((parts, l) => (
            <Fragment key={l}>
              {l > 0 && <br />}
              {parts.map((part, i) =>
                part.kind === "link" ? (
                  <a
                    key={i}
                    href={part.href}
                    rel="nofollow ugc noopener"
                    className="text-accent underline underline-offset-2"
                  >
                    {part.text}
                  </a>
                ) : (
                  <Fragment key={i}>{part.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
