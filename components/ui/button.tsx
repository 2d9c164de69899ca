import { clsx } from "clsx";

/** Classes for buttons and button-like links. */
export const buttonClass = {
  primary:
    "inline-flex items-center justify-center gap-2 rounded-full bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90 disabled:opacity-50",
  secondary:
    "inline-flex items-center justify-center gap-2 rounded-full border border-border bg-surface px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent disabled:opacity-50",
  danger:
    "inline-flex items-center justify-center gap-2 rounded-full border border-red-300 bg-surface px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  /** The one full-width call to action of a reader-facing form. */
  wide: "w-full rounded-full bg-accent px-5 py-3 font-semibold text-accent-fg hover:opacity-90 disabled:opacity-60",
} as const;

/**
 * A button in one of the house styles. While `pending` it is disabled and shows `pendingLabel`
 * (when given), so a second click never sends the action twice.
 */
export function Button({
  variant = "secondary",
  pending = false,
  pendingLabel,
  type = "button",
  className,
  disabled,
  children,
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof buttonClass;
  pending?: boolean;
  pendingLabel?: React.ReactNode;
}) {
  return (
    <button type={type} disabled={disabled || pending} className={clsx(buttonClass[variant], className)} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
