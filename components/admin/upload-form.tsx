"use client";

import { Upload } from "lucide-react";
import { useId, useRef, useState } from "react";
import { uploadImage, type UploadedImage } from "@/app/admin/(panel)/media/actions";
import { Button } from "../ui/button";
import { Field, ImageFileField, inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";

/**
 * Uploads one image with its (required) alt text. A refused file says why, and nothing typed is
 * lost: the form is submitted by hand, so React does not reset it.
 */
export function UploadForm({ onUploaded }: { onUploaded: (image: UploadedImage) => void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, message, fieldErrors } = useAction(uploadImage);
  const [done, setDone] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDone("");
    const result = await run(data);
    if (!result.ok) return;
    form.current?.reset();
    setDone(`Uploaded “${result.data.alt}”.`);
    onUploaded(result.data);
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label="Upload an image"
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
    >
      <ImageFileField
        id={`${id}-file`}
        label="Image file"
        hint="JPEG, PNG, WebP, AVIF or GIF, up to 4 MB."
        errors={fieldErrors.file}
      />
      <Field
        id={`${id}-alt`}
        label="Alt text"
        hint="What the image shows, for people who cannot see it."
        errors={fieldErrors.alt}
      >
        {(control) => <input {...control} name="alt" required maxLength={300} className={inputClass} />}
      </Field>
      <Button type="submit" variant="primary" pending={pending} className="sm:mt-6">
        <Upload aria-hidden className="size-4" /> {pending ? "Uploading…" : "Upload"}
      </Button>
      <FormError message={fieldErrors.file || fieldErrors.alt ? "" : message} className="sm:col-span-3" />
      <p role="status" className="text-sm text-muted empty:hidden sm:col-span-3">
        {done}
      </p>
    </form>
  );
}
