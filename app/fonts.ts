import localFont from "next/font/local";

// Shipped with the app from @fontsource packages: nothing is downloaded at build time.
// Source Sans 3 is the serif's companion (both from Adobe's Source family), and its variable file is
// 29 KB where Inter's was 49 KB. Every page preloads it ahead of its first paint, so on a phone's
// connection those 20 KB come straight off the time to the first and largest paint.
export const sans = localFont({
  src: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  variable: "--font-source-sans",
  weight: "200 900",
  display: "swap",
});

// The serif sets long text: four static faces (regular, bold and their italics, 20 KB each) cost
// less than the variable upright and italic files (50 KB each), and a page downloads only the
// faces it uses: the home page needs the bold for its headings, a post the regular, the bold and
// the italic. Tailwind's semibold (600) falls to the bold face.
// next/font reads these options at build time, so they are written out as literals.
export const serif = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2",
      weight: "400",
      style: "italic",
    },
    {
      path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-italic.woff2",
      weight: "700",
      style: "italic",
    },
  ],
  variable: "--font-source-serif",
  display: "swap",
  // Text shows at once in the size-matched fallback and swaps when a face arrives; preloading
  // would fetch every face, used or not, ahead of the page's own content.
  preload: false,
});
