"use client";

import { X } from "lucide-react";
import { useId, useState } from "react";
import { inputClass } from "../ui/field";

/** Tags as removable chips; type a name and press Enter or comma to add it (existing ones are suggested). */
export function TagInput({
  value,
  onChange,
  suggestions,
  errors,
}: {
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions: string[];
  errors?: string[];
}) {
  const id = useId();
  const [draft, setDraft] = useState("");

  function add(name: string) {
    const tag = name.trim().replace(/,$/, "").trim();
    if (tag && !value.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...value, tag]);
    setDraft("");
  }

  return (
    <div>
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
        Tags
      </label>
      {value.length > 0 && (
        <ul aria-label="Chosen tags" className="mb-2 flex flex-wrap gap-2">
          {value.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-surface-2 py-1 pr-1 pl-3 text-sm">
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(value.filter((t) => t !== tag))}
                className="rounded-full p-0.5 hover:bg-border"
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        value={draft}
        list={`${id}-suggestions`}
        maxLength={40}
        onChange={(e) => (e.target.value.endsWith(",") ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add(draft);
          } else if (e.key === "Backspace" && draft === "" && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => draft && add(draft)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
        className={inputClass}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions
          .filter((s) => !value.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        Press Enter or type a comma to add a tag. New tags are created on save.
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
