"use client";

import Image from "next/image";
import { paths } from "@/lib/site";
import { Button } from "../../ui/button";
import { FieldErrors } from "../../ui/field";
import { MediaPicker, type PickerImage } from "../media-picker";

/** The post's cover: a thumbnail, choose or upload one from the library, or remove it. */
export function CoverField({
  id,
  cover,
  images,
  errors,
  onUploaded,
  onChange,
}: {
  id: string;
  cover: PickerImage | null;
  images: PickerImage[];
  errors?: string[];
  onUploaded: (image: PickerImage) => void;
  onChange: (cover: PickerImage | null) => void;
}) {
  return (
    <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">Cover image</legend>
      <div className="flex flex-wrap items-center gap-3">
        {cover ? (
          <span className="relative block h-20 w-32 overflow-hidden rounded-lg bg-surface-2">
            <Image src={paths.image(cover.id)} alt={cover.alt} fill sizes="8rem" className="object-cover" />
          </span>
        ) : (
          <span className="text-sm text-muted">No cover</span>
        )}
        <MediaPicker
          label={cover ? "Change cover" : "Choose cover"}
          mode="cover"
          images={images}
          onUploaded={onUploaded}
          onPick={({ image }) => onChange(image)}
        />
        {cover && <Button onClick={() => onChange(null)}>Remove cover</Button>}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
