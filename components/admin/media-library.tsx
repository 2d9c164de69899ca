"use client";

import Image from "next/image";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { deleteImage, updateImage } from "@/app/admin/(panel)/media/actions";
import type { MediaItem } from "@/db/queries/images";
import { paths } from "@/lib/site";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";
import { ConfirmButton } from "./confirm-button";
import { UploadForm } from "./upload-form";

/** The media library: upload, then every image with its alt text, size and the posts using it. */
export function MediaLibrary({ items }: { items: MediaItem[] }) {
  const router = useRouter();
  return (
    <div className="space-y-8">
      <section aria-labelledby="upload-heading" className="rounded-xl border border-border bg-surface p-5">
        <h2 id="upload-heading" className="mb-4 font-medium">
          Upload an image
        </h2>
        <UploadForm onUploaded={() => router.refresh()} />
      </section>
      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-10 text-center text-muted">
          The library is empty.
        </p>
      ) : (
        <ul aria-label="Images" className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
          {items.map((item) => (
            <MediaCard key={item.id} item={item} onChange={() => router.refresh()} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MediaCard({ item, onChange }: { item: MediaItem; onChange: () => void }) {
  const id = useId();
  const [alt, setAlt] = useState(item.alt);
  const [saved, setSaved] = useState("");
  const { run, pending, message, fieldErrors } = useAction(updateImage);
  const error = fieldErrors.alt?.join(" ") ?? message;
  const type = item.contentType.replace("image/", "").toUpperCase();

  return (
    <li className="overflow-hidden rounded-xl border border-border bg-surface">
      <div className="relative aspect-[4/3] bg-surface-2">
        <Image
          src={paths.image(item.id)}
          alt={item.alt}
          fill
          sizes="(min-width: 1280px) 22rem, (min-width: 640px) 45vw, 100vw"
          className="object-contain"
        />
      </div>
      <div className="space-y-3 p-4 text-sm">
        <p className="text-xs text-muted">
          {type} · {item.width} × {item.height} · {Math.max(1, Math.round(item.byteSize / 1024))} KB
        </p>
        <form
          className="flex items-end gap-2"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await run({ id: item.id, alt });
            setSaved(result.ok ? "Alt text saved." : "");
          }}
        >
          <div className="flex-1">
            <label htmlFor={`${id}-alt`} className="mb-1 block text-xs font-medium">
              Alt text
            </label>
            <input
              id={`${id}-alt`}
              value={alt}
              onChange={(e) => setAlt(e.target.value)}
              required
              maxLength={300}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className={inputClass}
            />
          </div>
          <Button type="submit" disabled={pending || alt === item.alt}>
            Save
          </Button>
        </form>
        <FormError id={`${id}-error`} message={error} />
        <p role="status" className="text-muted empty:hidden">
          {saved}
        </p>
        <div>
          <p className="text-xs font-medium">Used in</p>
          {item.usedIn.length === 0 ? (
            <p className="text-muted">No post</p>
          ) : (
            <ul className="list-inside list-disc text-muted">
              {item.usedIn.map((post) => (
                <li key={post.id}>
                  <Link href={`/admin/posts/${post.id}`} className="hover:text-accent hover:underline">
                    {post.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <ConfirmButton
          label="Delete"
          title="Delete this image?"
          description={
            item.usedIn.length > 0
              ? `It is used by ${item.usedIn.length === 1 ? "a post" : `${item.usedIn.length} posts`}, so it cannot be deleted until they stop using it.`
              : "It is not used by any post. This cannot be undone."
          }
          confirmLabel="Delete image"
          action={() => deleteImage({ id: item.id })}
          onDone={onChange}
        />
      </div>
    </li>
  );
}
