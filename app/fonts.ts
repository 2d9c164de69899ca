import localFont from "next/font/local";

// Shipped with the app from @fontsource-variable packages: nothing is downloaded at build time.
export const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

export const serif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic" },
  ],
  variable: "--font-source-serif",
  weight: "200 900",
  display: "swap",
  // Two files (upright and italic), 100 KB together: preloading them held back the first paint on
  // slow connections. Text shows at once in the size-matched fallback and swaps when they arrive.
  preload: false,
});
