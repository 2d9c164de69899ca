"use client";

import { Trash2 } from "lucide-react";
import type { PostState } from "@/db/queries/admin-posts";
import type { ActionResult } from "@/lib/actions";
import { Button } from "../../ui/button";
import { Field, FieldErrors, inputClass } from "../../ui/field";
import { LocalTime } from "../../ui/local-time";
import { ConfirmButton } from "../confirm-button";
import type { Publication } from "./rules";

/**
 * The editor's sticky bar: what state the post is in, and the buttons that save it as it is,
 * publish, schedule (at a time in the editor's own time zone), unpublish or delete it.
 */
export function PublishBar({
  id,
  state,
  publishedAt,
  publishAt,
  onPublishAtChange,
  publishAtErrors,
  timeZone,
  pending,
  onSave,
  onDelete,
}: {
  id: string;
  state: PostState;
  publishedAt: string | null;
  /** The datetime-local value of the schedule field. */
  publishAt: string;
  onPublishAtChange: (value: string) => void;
  publishAtErrors?: string[];
  timeZone: string;
  pending: boolean;
  onSave: (publication: Publication) => void;
  /** Present once the post exists. */
  onDelete?: { action: () => Promise<ActionResult<unknown>>; done: () => void };
}) {
  const zone = timeZone || "your time zone";
  return (
    <section
      aria-labelledby={`${id}-publish`}
      className="z-10 rounded-xl border border-border bg-surface/95 p-4 backdrop-blur lg:sticky lg:bottom-0 lg:shadow-[0_-4px_16px_rgb(0_0_0/0.06)]"
    >
      <h2 id={`${id}-publish`} className="sr-only">
        Publishing
      </h2>
      <p className="mb-3 text-sm text-muted">
        {state === "published" && "This post is public."}
        {state === "scheduled" && publishedAt && (
          <>
            Scheduled for <LocalTime dateTime={publishedAt} /> ({zone}).
          </>
        )}
        {state === "draft" && "This post is a draft: only editors can see it."}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <Button variant="primary" pending={pending} pendingLabel="Saving…" onClick={() => onSave("keep")}>
          {state === "draft" ? "Save draft" : "Save changes"}
        </Button>
        {state !== "published" && (
          <Button disabled={pending} onClick={() => onSave("now")}>
            Publish now
          </Button>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <Field
            id={`${id}-publishAt`}
            label={
              <>
                Publish at <span className="font-normal text-muted">({zone})</span>
              </>
            }
          >
            {(control) => (
              <input
                {...control}
                // Its error shows under the whole bar, so the buttons stay level with the input.
                aria-invalid={publishAtErrors?.length ? true : undefined}
                aria-describedby={publishAtErrors?.length ? `${id}-publishAt-error` : undefined}
                type="datetime-local"
                value={publishAt}
                onChange={(e) => onPublishAtChange(e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Button disabled={pending} onClick={() => onSave("schedule")}>
            {state === "scheduled" ? "Reschedule" : "Schedule"}
          </Button>
        </div>
        {state !== "draft" && (
          <Button disabled={pending} onClick={() => onSave("draft")}>
            Unpublish
          </Button>
        )}
        {onDelete && (
          <div className="ml-auto">
            <ConfirmButton
              label={
                <>
                  <Trash2 aria-hidden className="size-4" /> Delete post
                </>
              }
              title="Delete this post?"
              description="The post, its comments, likes and revisions are deleted for good. This cannot be undone."
              confirmLabel="Delete post"
              action={onDelete.action}
              onDone={onDelete.done}
            />
          </div>
        )}
      </div>
      <FieldErrors id={`${id}-publishAt-error`} errors={publishAtErrors} />
    </section>
  );
}
