import { clsx } from "clsx";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/image-types";

/** What a control inside a Field spreads on itself: its id and the ARIA that ties it to the text. */
export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/** Classes for the admin's inputs, selects and textareas. */
export const inputClass =
  "block w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30 aria-[invalid]:border-red-600";

/** Classes for the larger inputs of the reader-facing forms (sign-in, sign-up). */
export const readerInputClass =
  "block w-full rounded-xl border border-border bg-surface px-4 py-2.5 outline-none focus:border-accent focus:ring-2 focus:ring-accent/30 aria-[invalid]:border-red-600";

/**
 * A label, a hint and the field's errors around any control (input, textarea, select), tied to it
 * for assistive technology. The control gets its id and ARIA through the render function:
 * `<Field id="x" label="Reason">{(control) => <textarea {...control} />}</Field>`.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  className,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  errors?: string[];
  className?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A field's own errors, for controls laid out without a Field (an error id the control points at). */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

/** The common case: a labelled text input in the reader-facing style. */
export function TextField({
  id,
  label,
  hint,
  errors,
  className,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; errors?: string[]; hint?: string }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input {...control} className={readerInputClass} {...input} />}
    </Field>
  );
}

/**
 * An image upload field named `file`: the browser's own file control (its button styled as ours),
 * offering the types lib/uploads.ts accepts. What the bytes really are is checked on the server.
 */
export function ImageFileField({
  id,
  label,
  hint,
  errors,
}: {
  id: string;
  label: string;
  hint: string;
  errors?: string[];
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          name="file"
          type="file"
          required
          accept={ACCEPTED_IMAGE_TYPES.join(",")}
          className="block w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-surface-2 file:px-4 file:py-2 file:text-sm file:font-medium"
        />
      )}
    </Field>
  );
}
