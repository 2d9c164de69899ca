"use client";

import { ImagePlus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { deletePost, savePost } from "@/app/admin/(panel)/posts/actions";
import type { SavePostInput } from "@/app/admin/(panel)/posts/schema";
import type { CommentsMode } from "@/db/enums";
import type { PostState } from "@/db/queries/admin-posts";
import { paths } from "@/lib/site";
import { slugFor } from "@/lib/slug";
import { buttonClass } from "../../ui/button";
import { Field, FieldErrors, inputClass } from "../../ui/field";
import { FormError } from "../../ui/form-error";
import { useAction } from "../../ui/use-action";
import { MediaPicker, type PickerImage } from "../media-picker";
import { StateBadge } from "../state-badge";
import { TagInput } from "../tag-input";
import { CoverField } from "./cover-field";
import { useLivePreview, useTimeZone, useUnsavedChangesWarning } from "./hooks";
import { PublishBar } from "./publish-bar";
import { doneMessage, imageMarkdown, insertBlock, toLocalInput, type Publication } from "./rules";

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
  const [status, setStatus] = useState(() => (done ? doneMessage[done](initial.state) : ""));
  const { run, pending, message, fieldErrors } = useAction(savePost);
  const errors: Partial<Record<keyof SavePostInput, string[]>> = fieldErrors;
  const body = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const dirty = JSON.stringify(fields) !== saved;
  const timeZone = useTimeZone();

  useUnsavedChangesWarning(dirty);
  const preview = useLivePreview(fields.body);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const addImage = (image: PickerImage) => setImages((all) => [image, ...all]);

  async function save(publication: Publication) {
    setStatus("");
    const result = await run({
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
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const { id: savedId, version, state } = result.data;
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
  }

  function insertImage(markdown: string) {
    const area = body.current;
    const start = area?.selectionStart ?? fields.body.length;
    const inserted = insertBlock(fields.body, start, area?.selectionEnd ?? start, markdown);
    set("body", inserted.text);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(inserted.caret, inserted.caret);
    });
  }

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

      <FormError
        ref={summary}
        tabIndex={-1}
        tone="banner"
        message={message}
        className="border border-red-300 focus:outline-none dark:border-red-800"
      />
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {status}
      </p>

      <div className="grid gap-8 xl:grid-cols-2">
        <div className="space-y-5">
          <Field id={`${id}-title`} label="Title" errors={errors.title}>
            {(control) => (
              <input
                {...control}
                value={fields.title}
                maxLength={200}
                onChange={(e) => {
                  const title = e.target.value;
                  setFields((f) => ({ ...f, title, slug: slugTouched ? f.slug : slugFor(title) }));
                }}
                className={`${inputClass} font-serif text-xl`}
              />
            )}
          </Field>
          <Field
            id={`${id}-slug`}
            label="Slug"
            errors={errors.slug}
            hint={
              post.state === "published"
                ? `The address is ${paths.post(fields.slug || "…")}. Changing it keeps the old address working as a redirect.`
                : `The address will be ${paths.post(fields.slug || "…")}.`
            }
          >
            {(control) => (
              <input
                {...control}
                value={fields.slug}
                maxLength={120}
                onChange={(e) => {
                  setSlugTouched(true);
                  set("slug", e.target.value);
                }}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field
            id={`${id}-excerpt`}
            label="Excerpt"
            errors={errors.excerpt}
            hint="Shown on cards and in search results. Up to 300 characters."
          >
            {(control) => (
              <textarea
                {...control}
                value={fields.excerpt}
                rows={2}
                maxLength={300}
                onChange={(e) => set("excerpt", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field id={`${id}-categoryId`} label="Category" errors={errors.categoryId}>
              {(control) => (
                <select
                  {...control}
                  value={fields.categoryId}
                  onChange={(e) => set("categoryId", e.target.value)}
                  className={inputClass}
                >
                  <option value="">Choose a category</option>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${id}-commentsMode`} label="Comments" errors={errors.commentsMode}>
              {(control) => (
                <select
                  {...control}
                  value={fields.commentsMode}
                  onChange={(e) => set("commentsMode", e.target.value as Fields["commentsMode"])}
                  className={inputClass}
                >
                  <option value="open">Open</option>
                  <option value="locked">Locked (shown, no new comments)</option>
                  <option value="off">Off (hidden)</option>
                </select>
              )}
            </Field>
          </div>
          <TagInput
            value={fields.tags}
            onChange={(tags) => set("tags", tags)}
            suggestions={tagSuggestions}
            errors={errors.tags}
          />
          <CoverField
            id={`${id}-cover`}
            cover={fields.cover}
            images={images}
            errors={errors.coverImageId}
            onUploaded={addImage}
            onChange={(cover) => set("cover", cover)}
          />
          <BodyField
            id={`${id}-body`}
            value={fields.body}
            textarea={body}
            errors={errors.body}
            onChange={(value) => set("body", value)}
            insert={
              <MediaPicker
                label={
                  <>
                    <ImagePlus aria-hidden className="size-4" /> Insert image
                  </>
                }
                mode="insert"
                images={images}
                onUploaded={addImage}
                onPick={({ image, alt, caption }) =>
                  insertImage(imageMarkdown({ src: paths.image(image.id), alt, caption }))
                }
              />
            }
          />
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

      <PublishBar
        id={id}
        state={post.state}
        publishedAt={post.publishedAt}
        publishAt={publishAt}
        onPublishAtChange={setPublishAt}
        publishAtErrors={errors.publishAt}
        timeZone={timeZone}
        pending={pending}
        onSave={save}
        onDelete={
          post.id
            ? {
                action: () => deletePost({ id: post.id! }),
                done: () => {
                  setSaved(JSON.stringify(fields));
                  router.push("/admin/posts");
                },
              }
            : undefined
        }
      />
    </div>
  );
}

/** The Markdown body, its label with the "Insert image" button beside it, and what Markdown it takes. */
function BodyField({
  id,
  value,
  textarea,
  errors,
  onChange,
  insert,
}: {
  id: string;
  value: string;
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  errors?: string[];
  onChange: (value: string) => void;
  insert: React.ReactNode;
}) {
  const hint = `${id}-hint`;
  return (
    <div>
      <div className="mb-1 flex items-end justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium">
          Body (Markdown)
        </label>
        {insert}
      </div>
      <textarea
        id={id}
        ref={textarea}
        value={value}
        rows={24}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${hint} ${id}-error` : hint}
        className={`${inputClass} font-mono leading-relaxed`}
      />
      <p id={hint} className="mt-1 text-xs text-muted">
        Markdown with tables and code blocks. An image alone in its paragraph becomes a figure; its title becomes the
        caption.
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
