"use client";

import { Upload } from "lucide-react";
import { useId, useRef, useState, useTransition } from "react";
import { uploadImage, type UploadedImage } from "@/app/admin/(panel)/media/actions";
import { buttonClass, inputClass } from "./page-title";

/**
 * Uploads one image with its (required) alt text. A refused file says why, and nothing typed is
 * lost: the form is submitted by hand, so React does not reset it.
 */
export function UploadForm({ onUploaded }: { onUploaded: (image: UploadedImage) => void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<{ message?: string; file?: string[]; alt?: string[] }>({});
  const [done, setDone] = useState("");

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDone("");
    startTransition(async () => {
      const result = await uploadImage(data);
      if (result.ok) {
        setErrors({});
        form.current?.reset();
        setDone(`Uploaded “${result.data.alt}”.`);
        onUploaded(result.data);
      } else {
        setErrors({ message: result.message, file: result.fieldErrors?.file, alt: result.fieldErrors?.alt });
      }
    });
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label="Upload an image"
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
    >
      <div>
        <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium">
          Image file
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={`${id}-file-hint${errors.file ? ` ${id}-file-error` : ""}`}
          className="block w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-surface-2 file:px-4 file:py-2 file:text-sm file:font-medium"
        />
        <p id={`${id}-file-hint`} className="mt-1 text-xs text-muted">
          JPEG, PNG, WebP, AVIF or GIF, up to 4 MB.
        </p>
        {errors.file && (
          <p id={`${id}-file-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.file.join(" ")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-alt`} className="mb-1 block text-sm font-medium">
          Alt text
        </label>
        <input
          id={`${id}-alt`}
          name="alt"
          required
          maxLength={300}
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={`${id}-alt-hint${errors.alt ? ` ${id}-alt-error` : ""}`}
          className={inputClass}
        />
        <p id={`${id}-alt-hint`} className="mt-1 text-xs text-muted">
          What the image shows, for people who cannot see it.
        </p>
        {errors.alt && (
          <p id={`${id}-alt-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.alt.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} sm:mt-6`}>
        <Upload aria-hidden className="size-4" /> {pending ? "Uploading…" : "Upload"}
      </button>
      <p role="alert" className="text-sm font-medium text-red-700 empty:hidden sm:col-span-3 dark:text-red-400">
        {errors.message && !errors.file && !errors.alt ? errors.message : ""}
      </p>
      <p role="status" className="text-sm text-muted empty:hidden sm:col-span-3">
        {done}
      </p>
    </form>
  );
}
