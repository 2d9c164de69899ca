import type { Metadata, Viewport } from "next";
import { site } from "@/lib/site";
import { themeScript } from "@/lib/theme";
import { sans, serif } from "./fonts";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { name, description, url } = site();
  return {
    metadataBase: new URL(url),
    title: { default: name, template: `%s · ${name}` },
    description,
    openGraph: { siteName: name, type: "website" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#111213" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script may set data-theme on <html> before React hydrates it.
    <html lang="en" className={`${sans.variable} ${serif.variable}`} suppressHydrationWarning>
      <head>
        {/* Blocking on purpose, and tiny: the reader's theme is applied before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-bg text-fg">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
