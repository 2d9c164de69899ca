import { clsx } from "clsx";

/** Initials of a name: "Ada Lindqvist" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join("") || "?";
}

/** A round avatar: the person's picture, or their initials on a colour picked from their name. */
export function Avatar({ name, image, className }: { name: string; image?: string | null; className?: string }) {
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  if (image) {
    // eslint-disable-next-line @next/next/no-img-element -- provider avatars come from many hosts
    return <img src={image} alt="" className={clsx("rounded-full object-cover", className)} />;
  }
  return (
    <span
      aria-hidden
      className={clsx(
        "inline-flex shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white",
        className,
      )}
      // Dark enough for white initials to reach 4.5:1 on every hue (yellow is the brightest).
      style={{ backgroundColor: `hsl(${hue} 45% 30%)` }}
    >
      {initials(name)}
    </span>
  );
}
