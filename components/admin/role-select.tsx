"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { changeRole } from "@/app/admin/(panel)/users/actions";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";
import { FormError } from "../ui/form-error";
import { useAction } from "../ui/use-action";
import type { Role } from "@/db/enums";

const withArticle: Record<Role, string> = { reader: "a reader", editor: "an editor", admin: "an admin" };

/** Changes a person's role; the server refuses to demote the last admin and says so here. */
export function RoleSelect({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const [done, setDone] = useState("");
  const { run, pending, message } = useAction(changeRole);
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone("");
        const result = await run({ userId, role: value });
        if (result.ok) {
          setDone(`${name} is now ${withArticle[value]}.`);
          router.refresh();
        }
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
      <Button type="submit" disabled={pending || value === role}>
        Change<span className="sr-only"> role of {name}</span>
      </Button>
      <p role="status" className="w-full text-sm text-muted empty:hidden">
        {done}
      </p>
      <FormError id={`${id}-error`} message={message} className="w-full" />
    </form>
  );
}
