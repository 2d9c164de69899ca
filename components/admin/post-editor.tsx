"use client";

import { ImagePlus, Trash2 } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, useTransition, type ReactNode } from "react";
import { deletePost, previewPost, savePost } from "@/app/admin/(panel)/posts/actions";
import type { SavePostInput } from "@/app/admin/(panel)/posts/schema";
import type { PostState } from "@/db/queries/editor-posts";
import { paths } from "@/lib/site";
import { slugFor } from "@/lib/slug";
import { PostBody } from "../post/post-body";
import { LocalTime } from "../ui/local-time";
import { ConfirmButton } from "./confirm-button";
import { MediaPicker, type PickerImage } from "./media-picker";
import { buttonClass, inputClass } from "./page-title";
import { StateBadge } from "./state-badge";
import { TagInput } from "./tag-input";
import type { CommentsMode } from "@/db/enums";

export type EditorPost = {
  id?: string;
  version?: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: string;
  tags: string[];
  cover: PickerImage | null;
  commentsMode: CommentsMode;
  state: PostState;
  /** ISO time; for a scheduled post, when it goes out. */
  publishedAt: string | null;
};

type Fields = Omit<EditorPost, "id" | "version" | "state" | "publishedAt">;
type Publication = SavePostInput["publication"];
type Errors = Partial<Record<keyof SavePostInput | "message", string[]>>;

const fieldsOf = ({ title, slug, excerpt, body, categoryId, tags, cover, commentsMode }: EditorPost): Fields => ({
  title,
  slug,
  excerpt,
  body,
  categoryId,
  tags,
  cover,
  commentsMode,
});

const noSubscription = () => () => {};

/** "2026-11-27T14:30" in the browser's time zone, as a datetime-local input wants it. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

const doneMessage: Record<Publication, (state: PostState) => string> = {
  keep: (state) => (state === "draft" ? "Draft saved." : "Changes saved and live."),
  draft: () => "Unpublished: the post is a draft again.",
  now: () => "Published.",
  schedule: () => "Scheduled.",
};

/**
 * The post editor: fields on the left, the body rendered by the server exactly as the public page
 * renders it on the right. Nothing typed is lost on a failed save; leaving with unsaved changes
 * asks first.
 */
export function PostEditor({
  initial,
  done,
  categories,
  tagSuggestions,
  images: initialImages,
}: {
  initial: EditorPost;
  /** What the save that created this post did, to say so after moving to its address. */
  done?: Publication;
  categories: { id: string; name: string }[];
  tagSuggestions: string[];
  images: PickerImage[];
}) {
  const id = useId();
  const router = useRouter();
  const [post, setPost] = useState({
    id: initial.id,
    version: initial.version,
    state: initial.state,
    publishedAt: initial.publishedAt,
  });
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial));
  const [saved, setSaved] = useState(() => JSON.stringify(fieldsOf(initial)));
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.id));
  const [publishAt, setPublishAt] = useState(() =>
    initial.state === "scheduled" ? toLocalInput(initial.publishedAt) : "",
  );
  const [images, setImages] = useState(initialImages);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState(() => (done ? doneMessage[done](initial.state) : ""));
  const [pending, startTransition] = useTransition();
  const body = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(fields) !== saved;
  // The editor's own time zone, known only in the browser (the server renders without it).
  const timeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );

  useUnsavedChangesWarning(dirty);
  const preview = useLivePreview(fields.body);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));

  function save(publication: Publication) {
    setStatus("");
    startTransition(async () => {
      const result = await savePost({
        id: post.id,
        version: post.version,
        title: fields.title,
        slug: fields.slug,
        excerpt: fields.excerpt,
        body: fields.body,
        categoryId: fields.categoryId,
        tags: fields.tags,
        coverImageId: fields.cover?.id ?? null,
        commentsMode: fields.commentsMode,
        publication,
        publishAt: publication === "schedule" && publishAt ? new Date(publishAt).toISOString() : undefined,
      });
      if (!result.ok) {
        setErrors({ message: [result.message], ...result.fieldErrors });
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
      const { id: savedId, version, state } = result.data;
      setErrors({});
      setSaved(JSON.stringify(fields));
      setPost({
        id: savedId,
        version,
        state,
        publishedAt:
          publication === "schedule"
            ? new Date(publishAt).toISOString()
            : publication === "now"
              ? new Date().toISOString()
              : post.publishedAt,
      });
      setStatus(doneMessage[publication](state));
      // A new post moves to its own address; the editor there says what was done.
      if (!post.id) router.replace(`/admin/posts/${savedId}?done=${publication}`);
    });
  }

  function insertImage(markdown: string) {
    const area = body.current;
    const start = area?.selectionStart ?? fields.body.length;
    const end = area?.selectionEnd ?? start;
    const before = fields.body.slice(0, start);
    const block = `${before && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : ""}${markdown}\n\n`;
    set("body", before + block + fields.body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + block.length, start + block.length);
    });
  }

  const fieldError = (key: keyof SavePostInput) => errors[key];
  const describe = (key: string, hint?: boolean) =>
    [hint && `${id}-${key}-hint`, errors[key as keyof Errors] && `${id}-${key}-error`].filter(Boolean).join(" ") ||
    undefined;
  const errorText = (key: keyof SavePostInput) =>
    errors[key] ? (
      <p id={`${id}-${key}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
        {errors[key]!.join(" ")}
      </p>
    ) : null;
  const labelled = (key: keyof SavePostInput, label: string, control: ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${key}`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {control}
      {hint && (
        <p id={`${id}-${key}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {errorText(key)}
    </div>
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="font-serif text-3xl font-bold tracking-tight">{post.id ? "Edit post" : "New post"}</h1>
          <StateBadge state={post.state} />
          {dirty && <span className="text-sm text-muted">Unsaved changes</span>}
        </div>
        {post.id && (
          <nav aria-label="This post" className="flex flex-wrap gap-2 text-sm">
            <Link href={`/admin/preview/${post.id}`} className={buttonClass.secondary}>
              Preview
            </Link>
            <Link href={`/admin/posts/${post.id}/revisions`} className={buttonClass.secondary}>
              Revisions
            </Link>
            {post.state === "published" && (
              <Link href={paths.post(fields.slug)} prefetch={false} className={buttonClass.secondary}>
                View live
              </Link>
            )}
          </nav>
        )}
      </div>

      <div
        ref={summary}
        tabIndex={-1}
        role="alert"
        className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm font-medium text-red-800 empty:hidden focus:outline-none dark:border-red-800 dark:bg-red-950 dark:text-red-200"
      >
        {errors.message?.[0] ?? ""}
      </div>
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {status}
      </p>

      <div className="grid gap-8 xl:grid-cols-2">
        <div className="space-y-5">
          {labelled(
            "title",
            "Title",
            <input
              id={`${id}-title`}
              value={fields.title}
              maxLength={200}
              onChange={(e) => {
                const title = e.target.value;
                setFields((f) => ({ ...f, title, slug: slugTouched ? f.slug : slugFor(title) }));
              }}
              aria-invalid={fieldError("title") ? true : undefined}
              aria-describedby={describe("title")}
              className={`${inputClass} font-serif text-xl`}
            />,
          )}
          {labelled(
            "slug",
            "Slug",
            <input
              id={`${id}-slug`}
              value={fields.slug}
              maxLength={120}
              onChange={(e) => {
                setSlugTouched(true);
                set("slug", e.target.value);
              }}
              aria-invalid={fieldError("slug") ? true : undefined}
              aria-describedby={describe("slug", true)}
              className={`${inputClass} font-mono`}
            />,
            post.state === "published"
              ? `The address is ${paths.post(fields.slug || "…")}. Changing it keeps the old address working as a redirect.`
              : `The address will be ${paths.post(fields.slug || "…")}.`,
          )}
          {labelled(
            "excerpt",
            "Excerpt",
            <textarea
              id={`${id}-excerpt`}
              value={fields.excerpt}
              rows={2}
              maxLength={300}
              onChange={(e) => set("excerpt", e.target.value)}
              aria-invalid={fieldError("excerpt") ? true : undefined}
              aria-describedby={describe("excerpt", true)}
              className={inputClass}
            />,
            "Shown on cards and in search results. Up to 300 characters.",
          )}
          <div className="grid gap-5 sm:grid-cols-2">
            {labelled(
              "categoryId",
              "Category",
              <select
                id={`${id}-categoryId`}
                value={fields.categoryId}
                onChange={(e) => set("categoryId", e.target.value)}
                aria-invalid={fieldError("categoryId") ? true : undefined}
                aria-describedby={describe("categoryId")}
                className={inputClass}
              >
                <option value="">Choose a category</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>,
            )}
            {labelled(
              "commentsMode",
              "Comments",
              <select
                id={`${id}-commentsMode`}
                value={fields.commentsMode}
                onChange={(e) => set("commentsMode", e.target.value as Fields["commentsMode"])}
                aria-describedby={describe("commentsMode")}
                className={inputClass}
              >
                <option value="open">Open</option>
                <option value="locked">Locked (shown, no new comments)</option>
                <option value="off">Off (hidden)</option>
              </select>,
            )}
          </div>
          <TagInput
            value={fields.tags}
            onChange={(tags) => set("tags", tags)}
            suggestions={tagSuggestions}
            errors={errors.tags}
          />

          <fieldset>
            <legend className="mb-1 text-sm font-medium">Cover image</legend>
            <div className="flex flex-wrap items-center gap-3">
              {fields.cover ? (
                <span className="relative block h-20 w-32 overflow-hidden rounded-lg bg-surface-2">
                  <Image
                    src={paths.image(fields.cover.id)}
                    alt={fields.cover.alt}
                    fill
                    sizes="8rem"
                    className="object-cover"
                  />
                </span>
              ) : (
                <span className="text-sm text-muted">No cover</span>
              )}
              <MediaPicker
                label={fields.cover ? "Change cover" : "Choose cover"}
                mode="cover"
                images={images}
                onUploaded={(image) => setImages((all) => [image, ...all])}
                onPick={({ image }) => set("cover", image)}
              />
              {fields.cover && (
                <button type="button" className={buttonClass.secondary} onClick={() => set("cover", null)}>
                  Remove cover
                </button>
              )}
            </div>
            {errorText("coverImageId")}
          </fieldset>

          <div>
            <div className="mb-1 flex items-end justify-between gap-2">
              <label htmlFor={`${id}-body`} className="block text-sm font-medium">
                Body (Markdown)
              </label>
              <MediaPicker
                label={
                  <>
                    <ImagePlus aria-hidden className="size-4" /> Insert image
                  </>
                }
                mode="insert"
                images={images}
                onUploaded={(image) => setImages((all) => [image, ...all])}
                onPick={({ image, alt, caption }) =>
                  insertImage(
                    `![${alt.replace(/[[\]]/g, "")}](${paths.image(image.id)}${caption ? ` "${caption.replace(/"/g, "'")}"` : ""})`,
                  )
                }
              />
            </div>
            <textarea
              id={`${id}-body`}
              ref={body}
              value={fields.body}
              rows={24}
              onChange={(e) => set("body", e.target.value)}
              aria-invalid={fieldError("body") ? true : undefined}
              aria-describedby={describe("body", true)}
              className={`${inputClass} font-mono leading-relaxed`}
            />
            <p id={`${id}-body-hint`} className="mt-1 text-xs text-muted">
              Markdown with tables and code blocks. An image alone in its paragraph becomes a figure; its title becomes
              the caption.
            </p>
            {errorText("body")}
          </div>
        </div>

        <section aria-labelledby={`${id}-preview`} className="min-w-0">
          <h2 id={`${id}-preview`} className="mb-2 text-sm font-medium">
            Live preview
          </h2>
          <div className="rounded-xl border border-border bg-bg p-5 xl:sticky xl:top-4 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto">
            <p className="mb-4 font-serif text-3xl font-bold tracking-tight">{fields.title || "Untitled"}</p>
            {preview}
          </div>
        </section>
      </div>

      <section
        aria-labelledby={`${id}-publish`}
        className="z-10 rounded-xl border border-border bg-surface/95 p-4 backdrop-blur lg:sticky lg:bottom-0 lg:shadow-[0_-4px_16px_rgb(0_0_0/0.06)]"
      >
        <h2 id={`${id}-publish`} className="sr-only">
          Publishing
        </h2>
        <p className="mb-3 text-sm text-muted">
          {post.state === "published" && "This post is public."}
          {post.state === "scheduled" && post.publishedAt && (
            <>
              Scheduled for <LocalTime dateTime={post.publishedAt} /> ({timeZone || "your time zone"}).
            </>
          )}
          {post.state === "draft" && "This post is a draft: only editors can see it."}
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <button type="button" disabled={pending} onClick={() => save("keep")} className={buttonClass.primary}>
            {pending ? "Saving…" : post.state === "draft" ? "Save draft" : "Save changes"}
          </button>
          {post.state !== "published" && (
            <button type="button" disabled={pending} onClick={() => save("now")} className={buttonClass.secondary}>
              Publish now
            </button>
          )}
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={`${id}-publishAt`} className="mb-1 block text-sm font-medium">
                Publish at <span className="font-normal text-muted">({timeZone || "your time zone"})</span>
              </label>
              <input
                id={`${id}-publishAt`}
                type="datetime-local"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
                aria-invalid={fieldError("publishAt") ? true : undefined}
                aria-describedby={describe("publishAt")}
                className={inputClass}
              />
            </div>
            <button type="button" disabled={pending} onClick={() => save("schedule")} className={buttonClass.secondary}>
              {post.state === "scheduled" ? "Reschedule" : "Schedule"}
            </button>
          </div>
          {post.state !== "draft" && (
            <button type="button" disabled={pending} onClick={() => save("draft")} className={buttonClass.secondary}>
              Unpublish
            </button>
          )}
          {post.id && (
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
                action={() => deletePost({ id: post.id! })}
                onDone={() => {
                  setSaved(JSON.stringify(fields));
                  router.push("/admin/posts");
                }}
              />
            </div>
          )}
        </div>
        {errorText("publishAt")}
      </section>
    </div>
  );
}

/** Asks before the page is left (reload, close, or a link in the app) while changes are unsaved. */
function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || event.defaultPrevented) return;
      if (!window.confirm("You have unsaved changes. Leave this page and lose them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}

/** The body rendered by the server's Markdown pipeline, refreshed a moment after typing stops. */
function useLivePreview(markdown: string): ReactNode {
  const [rendered, setRendered] = useState<ReactNode>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await previewPost({ body: markdown });
      if (request !== latest.current) return;
      setRendered(
        result.ok ? (
          <PostBody tree={result.data.tree} images={result.data.images} />
        ) : (
          <p className="text-sm text-red-700 dark:text-red-400">{result.message}</p>
        ),
      );
    }, 350);
    return () => clearTimeout(timer);
  }, [markdown]);
  return rendered;
}
