"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { changeRole } from "@/app/admin/(panel)/users/actions";
import { buttonClass, inputClass } from "./page-title";
import type { Role } from "@/db/enums";

const withArticle: Record<Role, string> = { reader: "a reader", editor: "an editor", admin: "an admin" };

/** Changes a person's role; the server refuses to demote the last admin and says so here. */
export function RoleSelect({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const [message, setMessage] = useState("");
  const [done, setDone] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setDone("");
          const result = await changeRole({ userId, role: value });
          if (result.ok) {
            setMessage("");
            setDone(`${name} is now ${withArticle[value]}.`);
            router.refresh();
          } else setMessage(result.message);
        });
      }}
    >
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {name}
      </label>
      <select
        id={`${id}-role`}
        value={value}
        onChange={(e) => setValue(e.target.value as Role)}
        aria-describedby={message ? `${id}-error` : undefined}
        className={`${inputClass} w-auto`}
      >
        <option value="reader">Reader</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      <button type="submit" disabled={pending || value === role} className={buttonClass.secondary}>
        Change<span className="sr-only"> role of {name}</span>
      </button>
      <p role="status" className="w-full text-sm text-muted empty:hidden">
        {done}
      </p>
      <p
        id={`${id}-error`}
        role="alert"
        className="w-full text-sm font-medium text-red-700 empty:hidden dark:text-red-400"
      >
        {message}
      </p>
    </form>
  );
}
