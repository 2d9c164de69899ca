import { Mail } from "lucide-react";
import { CopyLinkButton } from "./copy-link-button";
import { NativeShareButton } from "./native-share-button";

const button =
  "inline-flex items-center gap-2 rounded-full border border-border bg-surface px-4 py-2 text-sm font-medium transition-colors hover:border-accent hover:text-accent";

function BrandIcon({ path }: { path: string }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-4 fill-current">
      <path d={path} />
    </svg>
  );
}

// Brand marks (simple-icons shapes); lucide no longer ships brand logos.
const brands = {
  x: "M18.9 1.2h3.7l-8 9.2L24 22.8h-7.4l-5.8-7.6-6.6 7.6H.5l8.6-9.8L0 1.2h7.6l5.2 6.9 6.1-6.9Zm-1.3 19.4h2L6.5 3.2H4.3l13.3 17.4Z",
  linkedin:
    "M20.4 20.5h-3.6v-5.6c0-1.3 0-3-1.8-3s-2.1 1.4-2.1 2.9v5.7H9.4V9h3.4v1.6h.1c.5-.9 1.6-1.8 3.4-1.8 3.6 0 4.3 2.4 4.3 5.5v6.2ZM5.3 7.4a2.1 2.1 0 1 1 0-4.2 2.1 2.1 0 0 1 0 4.2Zm1.8 13.1H3.6V9h3.5v11.5ZM22.2 0H1.8C.8 0 0 .8 0 1.7v20.6c0 .9.8 1.7 1.8 1.7h20.4c1 0 1.8-.8 1.8-1.7V1.7C24 .8 23.2 0 22.2 0Z",
  facebook:
    "M24 12.1C24 5.4 18.6 0 12 0S0 5.4 0 12.1c0 6 4.4 11 10.1 11.9v-8.4H7.1v-3.5h3V9.4c0-3 1.8-4.7 4.5-4.7 1.3 0 2.7.2 2.7.2v3h-1.5c-1.5 0-2 .9-2 1.9v2.3h3.4l-.5 3.5h-2.9V24C19.6 23.1 24 18.1 24 12.1Z",
};

/** "Share the Post": copy link, the usual networks, email, and the device's share sheet. */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    {
      label: "Share on X",
      name: "X",
      href: `https://x.com/intent/post?url=${u}&text=${t}`,
      icon: <BrandIcon path={brands.x} />,
    },
    {
      label: "Share on LinkedIn",
      name: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      icon: <BrandIcon path={brands.linkedin} />,
    },
    {
      label: "Share on Facebook",
      name: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
      icon: <BrandIcon path={brands.facebook} />,
    },
  ];
  return (
    <section aria-labelledby="share-heading" className="border-t border-border pt-10">
      <h2 id="share-heading" className="font-serif text-2xl font-bold">
        Share the Post
      </h2>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <CopyLinkButton url={url} className={button} />
        {links.map((link) => (
          <a
            key={link.name}
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={link.label}
            className={button}
          >
            {link.icon}
            <span aria-hidden>{link.name}</span>
          </a>
        ))}
        <a href={`mailto:?subject=${t}&body=${u}`} aria-label="Share by email" className={button}>
          <Mail aria-hidden className="size-4" />
          <span aria-hidden>Email</span>
        </a>
        <NativeShareButton url={url} title={title} className={button} />
      </div>
    </section>
  );
}
