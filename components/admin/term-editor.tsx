"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { deleteTerm, saveTerm } from "@/app/admin/(panel)/taxonomy/actions";
import { slugFor } from "@/lib/slug";
import { Modal } from "../ui/modal";
import { buttonClass, inputClass } from "./page-title";

type Kind = "category" | "tag";
type Term = { id: string; name: string; slug: string; description: string; postCount: number };
type Errors = { message?: string; name?: string[]; slug?: string[]; description?: string[]; moveTo?: string[] };

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return errors ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  ) : null;
}

/** A form creating a category or tag (no `term`) or renaming one; the slug follows the name until edited. */
export function TermForm({ kind, term, onDone }: { kind: Kind; term?: Term; onDone?: () => void }) {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState(term?.name ?? "");
  const [slug, setSlug] = useState(term?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(term));
  const [description, setDescription] = useState(term?.description ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();
  const described = (key: keyof Errors, hint?: string) =>
    [hint, errors[key] && `${id}-${key}-error`].filter(Boolean).join(" ") || undefined;

  return (
    <form
      aria-label={term ? `Edit ${kind} ${term.name}` : `New ${kind}`}
      className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveTerm({ kind, id: term?.id, name, slug, description });
          if (!result.ok) return setErrors({ message: result.message, ...result.fieldErrors });
          setErrors({});
          if (!term) {
            setName("");
            setSlug("");
            setSlugTouched(false);
            setDescription("");
          }
          onDone?.();
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor={`${id}-name`} className="mb-1 block text-sm font-medium">
          Name
        </label>
        <input
          id={`${id}-name`}
          value={name}
          required
          maxLength={60}
          onChange={(e) => {
            setName(e.target.value);
            if (!slugTouched) setSlug(slugFor(e.target.value));
          }}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described("name")}
          className={inputClass}
        />
        <ErrorText id={`${id}-name-error`} errors={errors.name} />
      </div>
      <div>
        <label htmlFor={`${id}-slug`} className="mb-1 block text-sm font-medium">
          Slug
        </label>
        <input
          id={`${id}-slug`}
          value={slug}
          required
          maxLength={120}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value);
          }}
          aria-invalid={errors.slug ? true : undefined}
          aria-describedby={described("slug", kind === "category" && term ? `${id}-slug-hint` : undefined)}
          className={`${inputClass} font-mono`}
        />
        {kind === "category" && term && (
          <p id={`${id}-slug-hint`} className="mt-1 text-xs text-muted">
            The old address keeps working as a redirect.
          </p>
        )}
        <ErrorText id={`${id}-slug-error`} errors={errors.slug} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} md:mt-6`}>
        {term ? "Save" : `Add ${kind}`}
      </button>
      {kind === "category" && (
        <div className="md:col-span-2">
          <label htmlFor={`${id}-description`} className="mb-1 block text-sm font-medium">
            Description
          </label>
          <input
            id={`${id}-description`}
            value={description}
            maxLength={300}
            onChange={(e) => setDescription(e.target.value)}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={described("description")}
            className={inputClass}
          />
          <ErrorText id={`${id}-description-error`} errors={errors.description} />
        </div>
      )}
      <p role="alert" className="text-sm font-medium text-red-700 empty:hidden md:col-span-3 dark:text-red-400">
        {errors.message && !errors.name && !errors.slug ? errors.message : ""}
      </p>
    </form>
  );
}

/** One category or tag: its name and use, with Edit and Delete (moving its posts elsewhere when needed). */
export function TermRow({ kind, term, others }: { kind: Kind; term: Term; others: { id: string; name: string }[] }) {
  const id = useId();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [moveTo, setMoveTo] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();

  return (
    <li className="space-y-3 p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="text-sm">
          <p className="font-medium">{term.name}</p>
          <p className="text-muted">
            <span className="font-mono">{term.slug}</span> · {term.postCount} {term.postCount === 1 ? "post" : "posts"}
          </p>
        </div>
        <div className="flex gap-2">
          <button
            type="button"
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
            className={buttonClass.secondary}
          >
            {editing ? "Close" : "Edit"}
            <span className="sr-only"> {term.name}</span>
          </button>
          <button
            type="button"
            onClick={() => (setErrors({}), dialog.current?.showModal())}
            className={buttonClass.danger}
          >
            Delete<span className="sr-only"> {term.name}</span>
          </button>
        </div>
      </div>
      {editing && <TermForm kind={kind} term={term} onDone={() => setEditing(false)} />}
      <Modal ref={dialog} title={`Delete the ${kind} “${term.name}”?`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              const result = await deleteTerm({ kind, id: term.id, moveTo });
              if (!result.ok) return setErrors({ message: result.message, ...result.fieldErrors });
              dialog.current?.close();
              router.refresh();
            });
          }}
        >
          {term.postCount > 0 ? (
            <div className="mt-3">
              <p className="text-sm text-muted">
                {term.postCount} {term.postCount === 1 ? "post uses" : "posts use"} it. Choose the {kind} they get
                instead.
              </p>
              <label htmlFor={`${id}-move`} className="mt-3 mb-1 block text-sm font-medium">
                Move its posts to
              </label>
              <select
                id={`${id}-move`}
                value={moveTo}
                required
                onChange={(e) => setMoveTo(e.target.value)}
                aria-invalid={errors.moveTo ? true : undefined}
                aria-describedby={errors.moveTo ? `${id}-move-error` : undefined}
                className={inputClass}
              >
                <option value="">Choose a {kind}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
              <ErrorText id={`${id}-move-error`} errors={errors.moveTo} />
            </div>
          ) : (
            <p className="mt-3 text-sm text-muted">No post uses it.</p>
          )}
          <p role="alert" className="mt-3 text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
            {errors.message && !errors.moveTo ? errors.message : ""}
          </p>
          <div className="mt-6 flex justify-end gap-2">
            <button type="button" className={buttonClass.secondary} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" disabled={pending} className={buttonClass.danger}>
              Delete {kind}
            </button>
          </div>
        </form>
      </Modal>
    </li>
  );
}
