"use client";

import Image from "next/image";
import { useId, useRef, useState } from "react";
import type { UploadedImage } from "@/app/admin/(panel)/media/actions";
import { paths } from "@/lib/site";
import { Button } from "../ui/button";
import { Field, inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { Modal } from "../ui/modal";
import { UploadForm } from "./upload-form";

export type PickerImage = UploadedImage;
export type Picked = { image: PickerImage; alt: string; caption: string };

/**
 * A button opening the media library in a modal dialog: choose an image (or upload one), and
 * for an inline image also its alt text and caption. The images are radio buttons, so the
 * arrow keys move through them.
 */
export function MediaPicker({
  label,
  mode,
  images,
  onUploaded,
  onPick,
}: {
  label: React.ReactNode;
  mode: "cover" | "insert";
  images: PickerImage[];
  onUploaded: (image: PickerImage) => void;
  onPick: (picked: Picked) => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [selected, setSelected] = useState<PickerImage | null>(null);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [error, setError] = useState("");
  const title = mode === "cover" ? "Choose a cover image" : "Insert an image";

  function select(image: PickerImage) {
    setSelected(image);
    setAlt(image.alt);
    setError("");
  }

  function confirm() {
    if (!selected) return setError("Choose an image first.");
    if (mode === "insert" && !alt.trim()) return setError("Give the image alt text.");
    onPick({ image: selected, alt: alt.trim(), caption: caption.trim() });
    dialog.current?.close();
  }

  return (
    <>
      <Button
        onClick={() => {
          setSelected(null);
          setCaption("");
          setError("");
          dialog.current?.showModal();
        }}
      >
        {label}
      </Button>
      <Modal ref={dialog} title={title} wide>
        <div className="mt-4 rounded-xl border border-border p-4">
          <UploadForm
            onUploaded={(image) => {
              onUploaded(image);
              select(image);
            }}
          />
        </div>
        <fieldset className="mt-5">
          <legend className="mb-2 text-sm font-medium">Library</legend>
          {images.length === 0 ? (
            <p className="text-sm text-muted">No images yet: upload one above.</p>
          ) : (
            <div className="grid max-h-80 grid-cols-2 gap-3 overflow-y-auto p-1 sm:grid-cols-4">
              {images.map((image) => (
                <label
                  key={image.id}
                  className="relative block cursor-pointer overflow-hidden rounded-lg border-2 border-transparent bg-surface-2 has-[:checked]:border-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
                >
                  <input
                    type="radio"
                    name={`${id}-image`}
                    value={image.id}
                    checked={selected?.id === image.id}
                    onChange={() => select(image)}
                    className="sr-only"
                  />
                  <span className="relative block aspect-[4/3]">
                    <Image src={paths.image(image.id)} alt="" fill sizes="12rem" className="object-cover" />
                  </span>
                  <span className="block truncate px-2 py-1 text-xs">{image.alt}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {mode === "insert" && (
          <div className="mt-4 grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-alt`} label="Alt text">
              {(control) => (
                <input
                  {...control}
                  value={alt}
                  onChange={(e) => setAlt(e.target.value)}
                  maxLength={300}
                  className={inputClass}
                />
              )}
            </Field>
            <Field id={`${id}-caption`} label="Caption (optional)">
              {(control) => (
                <input
                  {...control}
                  value={caption}
                  onChange={(e) => setCaption(e.target.value)}
                  maxLength={300}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
        )}
        <FormError message={error} className="mt-3" />
        <div className="mt-6 flex justify-end gap-2">
          <Button onClick={() => dialog.current?.close()}>Cancel</Button>
          <Button variant="primary" onClick={confirm}>
            {mode === "cover" ? "Use as cover" : "Insert image"}
          </Button>
        </div>
      </Modal>
    </>
  );
}
