import { clsx } from "clsx";
import { useId } from "react";

/**
 * A native modal <dialog> with its title as its name: open it with `ref.current.showModal()`.
 * The browser keeps focus inside while it is open and closes it on Escape.
 */
export function Modal({
  ref,
  title,
  wide = false,
  children,
}: {
  ref: React.Ref<HTMLDialogElement>;
  title: React.ReactNode;
  wide?: boolean;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      className={clsx(
        "m-auto rounded-2xl border border-border bg-surface p-6 text-fg shadow-xl backdrop:bg-black/50",
        wide ? "max-h-[90dvh] w-[min(56rem,calc(100vw-2rem))] overflow-y-auto" : "w-[min(32rem,calc(100vw-2rem))]",
      )}
    >
      <h2 id={`${id}-title`} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
