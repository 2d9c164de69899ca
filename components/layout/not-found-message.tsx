import { StatusMessage } from "./status-message";

/** The body of the 404 page. */
export function NotFoundMessage() {
  return (
    <StatusMessage code={404} title="This page is not here">
      The link may be mistyped, or the post may have moved or not be published yet.
    </StatusMessage>
  );
}
