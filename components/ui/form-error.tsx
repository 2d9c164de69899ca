import { clsx } from "clsx";

/**
 * A form's failure sentence, announced when it appears. Always rendered (empty and hidden when
 * there is nothing to say) so that screen readers have the live region before the message arrives.
 * "banner" is the boxed style of the reader-facing forms; "inline" sits under a control.
 */
export function FormError({
  message,
  tone = "inline",
  className,
  ...props
}: Omit<React.HTMLAttributes<HTMLParagraphElement>, "children" | "role"> & {
  ref?: React.Ref<HTMLParagraphElement>;
  message?: string;
  tone?: "inline" | "banner";
}) {
  return (
    <p
      {...props}
      role="alert"
      className={clsx(
        "text-sm font-medium empty:hidden",
        tone === "banner"
          ? "rounded-xl bg-red-50 px-4 py-3 text-red-800 dark:bg-red-950 dark:text-red-200"
          : "text-red-700 dark:text-red-400",
        className,
      )}
    >
      {message}
    </p>
  );
}
