"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { deleteTerm, saveTerm } from "@/app/admin/(panel)/taxonomy/actions";
import { slugFor } from "@/lib/slug";
import { Button } from "../ui/button";
import { Field, inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { Modal } from "../ui/modal";
import { useAction } from "../ui/use-action";

type Kind = "category" | "tag";
type Term = { id: string; name: string; slug: string; description: string; postCount: number };

/** A form creating a category or tag (no `term`) or renaming one; the slug follows the name until edited. */
export function TermForm({ kind, term, onDone }: { kind: Kind; term?: Term; onDone?: () => void }) {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState(term?.name ?? "");
  const [slug, setSlug] = useState(term?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(term));
  const [description, setDescription] = useState(term?.description ?? "");
  const { run, pending, message, fieldErrors } = useAction(saveTerm);

  return (
    <form
      aria-label={term ? `Edit ${kind} ${term.name}` : `New ${kind}`}
      className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-start"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run({ kind, id: term?.id, name, slug, description });
        if (!result.ok) return;
        if (!term) {
          setName("");
          setSlug("");
          setSlugTouched(false);
          setDescription("");
        }
        onDone?.();
        router.refresh();
      }}
    >
      <Field id={`${id}-name`} label="Name" errors={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            value={name}
            required
            maxLength={60}
            onChange={(e) => {
              setName(e.target.value);
              if (!slugTouched) setSlug(slugFor(e.target.value));
            }}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={`${id}-slug`}
        label="Slug"
        hint={kind === "category" && term ? "The old address keeps working as a redirect." : undefined}
        errors={fieldErrors.slug}
      >
        {(control) => (
          <input
            {...control}
            value={slug}
            required
            maxLength={120}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.target.value);
            }}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" pending={pending} className="md:mt-6">
        {term ? "Save" : `Add ${kind}`}
      </Button>
      {kind === "category" && (
        <Field id={`${id}-description`} label="Description" errors={fieldErrors.description} className="md:col-span-2">
          {(control) => (
            <input
              {...control}
              value={description}
              maxLength={300}
              onChange={(e) => setDescription(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      )}
      <FormError message={fieldErrors.name || fieldErrors.slug ? "" : message} className="md:col-span-3" />
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
  const { run, pending, message, fieldErrors, reset } = useAction(deleteTerm);

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
          <Button aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? "Close" : "Edit"}
            <span className="sr-only"> {term.name}</span>
          </Button>
          <Button variant="danger" onClick={() => (reset(), dialog.current?.showModal())}>
            Delete<span className="sr-only"> {term.name}</span>
          </Button>
        </div>
      </div>
      {editing && <TermForm kind={kind} term={term} onDone={() => setEditing(false)} />}
      <Modal ref={dialog} title={`Delete the ${kind} “${term.name}”?`}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!(await run({ kind, id: term.id, moveTo })).ok) return;
            dialog.current?.close();
            router.refresh();
          }}
        >
          {term.postCount > 0 ? (
            <div className="mt-3">
              <p className="text-sm text-muted">
                {term.postCount} {term.postCount === 1 ? "post uses" : "posts use"} it. Choose the {kind} they get
                instead.
              </p>
              <Field id={`${id}-move`} label="Move its posts to" errors={fieldErrors.moveTo} className="mt-3">
                {(control) => (
                  <select
                    {...control}
                    value={moveTo}
                    required
                    onChange={(e) => setMoveTo(e.target.value)}
                    className={inputClass}
                  >
                    <option value="">Choose a {kind}</option>
                    {others.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          ) : (
            <p className="mt-3 text-sm text-muted">No post uses it.</p>
          )}
          <FormError message={fieldErrors.moveTo ? "" : message} className="mt-3" />
          <div className="mt-6 flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>Cancel</Button>
            <Button type="submit" variant="danger" pending={pending}>
              Delete {kind}
            </Button>
          </div>
        </form>
      </Modal>
    </li>
  );
}
