/**
 * Demo content for a fresh Quire. All of it is written for this project. Image references use
 * `image:<key>` and are replaced with the stored image's URL when seeding.
 */

export type SeedCategory = { slug: string; name: string; description: string };
export type SeedPost = {
  slug: string;
  title: string;
  excerpt: string;
  category: string;
  tags: string[];
  author: string;
  cover: string;
  /** Days before the seed runs; negative means scheduled in the future. */
  daysAgo: number;
  status: "published" | "draft";
  body: string;
};

export const seedCategories: SeedCategory[] = [
  {
    slug: "technology",
    name: "Technology",
    description: "How the tools we build change the way we think, work and make things.",
  },
  {
    slug: "design",
    name: "Design",
    description: "Type, colour, interfaces and the quiet decisions that make things usable.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Reading, writing, cities and the habits of people who make things.",
  },
];

export const seedTags = [
  "machine-learning",
  "creativity",
  "typography",
  "web",
  "databases",
  "writing",
  "cities",
  "craft",
];

export const seedImages: Record<string, { hue: number; motif: "waves" | "grid" | "orbits" | "dunes"; alt: string }> = {
  "cover-imagine": { hue: 265, motif: "orbits", alt: "Violet rings of light orbiting a bright core" },
  "inline-imagine": { hue: 300, motif: "waves", alt: "Layered magenta waves fading into a dark horizon" },
  "inline-studio": { hue: 200, motif: "grid", alt: "A blue grid of squares, some lit, like a sketchbook page" },
  "cover-postgres": { hue: 210, motif: "grid", alt: "Rows of softly glowing blue tiles receding into depth" },
  "inline-postgres": { hue: 170, motif: "orbits", alt: "Teal circles nested inside one another" },
  "cover-type": { hue: 25, motif: "dunes", alt: "Warm orange dunes under a pale sky" },
  "cover-colour": { hue: 330, motif: "waves", alt: "Pink and coral bands of colour rippling across the frame" },
  "cover-quiet": { hue: 140, motif: "dunes", alt: "Green hills in soft morning light" },
  "cover-walk": { hue: 45, motif: "grid", alt: "A golden street grid seen from far above" },
  "cover-notebook": { hue: 5, motif: "orbits", alt: "Red circles drifting apart like ink drops in water" },
  "cover-slow-web": { hue: 185, motif: "waves", alt: "Cyan waves stacked like the pages of a book" },
  "cover-draft": { hue: 95, motif: "dunes", alt: "Olive dunes at dusk" },
  "cover-scheduled": { hue: 240, motif: "grid", alt: "An indigo grid with a single bright square" },
};

export const seedPosts: SeedPost[] = [
  {
    slug: "when-machines-learned-to-sketch",
    title: "When Machines Learned to Sketch: Notes on Synthetic Imagination",
    excerpt:
      "Generative models did not learn to dream. They learned to sketch: fast, cheap and plentiful drafts that change what a studio does with its afternoons.",
    category: "technology",
    tags: ["machine-learning", "creativity"],
    author: "ada",
    cover: "cover-imagine",
    daysAgo: 1,
    status: "published",
    body: `For most of the history of computing, a machine was a very fast clerk. It added columns, sorted
names and moved money from one ledger to another. Nobody expected it to propose anything. Then,
over a handful of years, the clerk started handing back drafts.

This essay is about what changed, and what did not. The short version: the machines did not learn
to imagine the way we do. They learned to **sketch**, and sketches turn out to be most of the job.

## The spark of machine imagination

![Layered magenta waves](image:inline-imagine "A sketch is a question, not an answer: generated studies are cheap enough to throw away.")

The first generative systems that people outside research labs noticed were blurry and strange.
Faces melted into wallpaper; dogs grew extra legs. What made them interesting was not their
quality but their *volume*. A person could ask for forty variations of an idea before lunch.

That volume is the real innovation. An illustrator who once spent a morning on three thumbnails
can now look at fifty and spend the morning choosing. Choosing is a skill, and it is the skill
that was always scarce.

> The machine proposes; the person disposes. What we used to call talent was often the patience
> to make one more version.

## What a model actually does

Under the surface, a generative model is a function that maps noise and a prompt to an output
that resembles its training data. It has no goals and no taste. What looks like taste is the
average of millions of decisions made by people whose work it studied.

A toy version of the sampling loop fits in a few lines:

\`\`\`ts
type Draft = { text: string; score: number };

function sketch(prompt: string, rounds: number, propose: (p: string) => Draft): Draft {
  let best = propose(prompt);
  for (let i = 1; i < rounds; i++) {
    const next = propose(prompt);
    if (next.score > best.score) best = next;
  }
  return best;
}
\`\`\`

The interesting part is \`score\`. In a real studio, the score is a person.

## The human-machine collaboration

![A blue grid of squares](image:inline-studio "Studio wall, week three: the generated studies on the left, the finished work on the right.")

The studios that use these tools well share a few habits:

- They treat generated output as **reference**, never as final work.
- They keep a record of prompts the way a photographer keeps contact sheets.
- They decide in advance what the machine is *not* allowed to do.
- They pay the people whose work trained the tools, where they can.

None of these habits is technical. They are editorial decisions, and editors have always been the
people who make a publication feel like itself.

## Where it goes next

| Then | Now |
| --- | --- |
| Three thumbnails a morning | Fifty studies before lunch |
| Drafting was the bottleneck | Choosing is the bottleneck |
| Tools waited for instructions | Tools offer suggestions |

The next few years will not be decided by how good the sketches get. They will be decided by
whether we keep the habits that made the work worth doing: looking closely, choosing carefully,
and signing our names to what we choose.`,
  },
  {
    slug: "postgres-in-your-pocket",
    title: "Postgres in Your Pocket: Why We Ship an Embedded Database",
    excerpt:
      "A blog should start with one command. Here is how Quire runs a real Postgres inside Node for development, and the same migrations in production.",
    category: "technology",
    tags: ["databases", "web"],
    author: "ada",
    cover: "cover-postgres",
    daysAgo: 4,
    status: "published",
    body: `Every open-source web application has a first-run problem. Before a newcomer sees a single page,
they are asked to install a database server, create a user, copy an environment file and run three
commands in the right order. Many of them close the tab.

Quire starts with one command. This post explains how, and what it costs.

## A real Postgres, compiled to WebAssembly

PGlite packages the Postgres server as WebAssembly.[^wasm] It runs inside the Node process, stores its
files in a folder, and speaks the same SQL as the server you will deploy to. Our schema, our
migrations and our queries are the same on both.

![Teal circles nested inside one another](image:inline-postgres "One schema, one set of migrations, two drivers: PGlite locally, postgres.js in production.")

The choice of driver happens in exactly one place:

\`\`\`ts
export function getDb(): Database {
  globalForDb.quireDb ??= connect(); // PGlite, or postgres.js when DATABASE_URL is set
  return globalForDb.quireDb.db;
}
\`\`\`

## What it costs

Embedded Postgres is not free. The numbers we measured on a small two-core machine:

1. Opening the database takes about half a second.
2. Only one process may open a data folder at a time.
3. It runs in single-user mode, so it cannot tell you anything about concurrency.

The second point shapes the whole project. The development server owns its folder; the test
suite gets its own database in memory or in a temporary folder, never the one you are using.

> Convenience you cannot trust is worse than no convenience. The embedded database is for
> development and tests; production runs on a real server.

## What stays the same

- The SQL migrations in \`drizzle/\` apply to both.
- Every query is written once, in \`db/queries\`.
- Integration tests run on both, and concurrency tests run on the real server only.

That last rule matters. It is tempting to let the convenient path be the only tested path. We
run the full suite twice in CI so that nobody has to remember.

[^wasm]: The same C source as the server, built with Emscripten; extensions such as pgvector come along.`,
  },
  {
    slug: "the-long-life-of-a-typeface",
    title: "The Long Life of a Typeface",
    excerpt:
      "Good type outlives the machines it was drawn for. A short walk through why some letterforms keep working for centuries.",
    category: "design",
    tags: ["typography", "craft"],
    author: "grace",
    cover: "cover-type",
    daysAgo: 8,
    status: "published",
    body: `Some typefaces were cut in metal for presses that no longer exist, redrawn for phototypesetting,
digitised for laser printers and hinted for screens with coarse pixels. They are still here.

What they share is not a style but a set of priorities: generous counters that survive poor
printing, strokes with enough contrast to guide the eye, and spacing that lets words read as
shapes rather than strings of letters.

## Reading is recognition

We do not read letter by letter. We recognise word shapes and fill in the rest. A typeface for
long text is one that gets out of the way of that recognition: nothing surprising, nothing
that asks to be admired.

> Typography is a service: the reader should notice the ideas, not the letters.

## What to look for

- An x-height large enough for small sizes, but not so large that words lose their shape.
- Italics that are true companions, not slanted romans.
- Figures that sit comfortably in running text.

When in doubt, set a paragraph at the size your readers will see it and read it on a phone.`,
  },
  {
    slug: "colour-that-holds-up-in-the-dark",
    title: "Colour That Holds Up in the Dark",
    excerpt:
      "Dark themes are not inverted light themes. Notes on contrast, saturation and why a single accent colour is enough.",
    category: "design",
    tags: ["web", "craft"],
    author: "grace",
    cover: "cover-colour",
    daysAgo: 12,
    status: "published",
    body: `Flip the background of a page from white to black and keep everything else, and the result is
tiring to read. Saturated colours glow; thin type shimmers; shadows disappear.

A dark theme needs its own decisions. Backgrounds should be near-black, not black, so that
surfaces can sit above them. Text should be near-white. The accent colour usually needs to be a
little lighter and a little less saturated than its daytime twin.

## One accent is enough

A publication needs one colour that says "you can act here": links, focus rings, a pressed
button. A second accent competes with the first; a third turns the page into a dashboard.

## Check the numbers

WCAG asks for a contrast ratio of at least 4.5:1 for body text. Measure both themes, and
measure the muted greys too: captions and timestamps are where contrast quietly fails.`,
  },
  {
    slug: "in-praise-of-quiet-interfaces",
    title: "In Praise of Quiet Interfaces",
    excerpt:
      "The best controls are the ones you notice only when you need them. On restraint, defaults and the courage to remove things.",
    category: "design",
    tags: ["web", "craft"],
    author: "ada",
    cover: "cover-quiet",
    daysAgo: 17,
    status: "published",
    body: `There is a kind of interface that feels like a shop window: every product lit, every button
asking for a click. And there is a kind that feels like a good library: quiet, ordered, and
ready when you are.

Quiet interfaces are harder to build. Every removed control is an argument someone lost. But
readers notice the result even if they cannot name it: they stay longer and they come back.

## Defaults are decisions

Most people never change a setting. Whatever the default is, that is the product. Choose it as
carefully as you would choose a headline.

## Remove, then remove again

Before adding a control, ask what would happen if it did not exist. Often the honest answer is
that nobody would miss it.`,
  },
  {
    slug: "walking-the-grid",
    title: "Walking the Grid: What Cities Teach About Structure",
    excerpt: "A street grid is a kind of layout system. Walking one for a week changed how I think about pages.",
    category: "culture",
    tags: ["cities", "writing"],
    author: "grace",
    cover: "cover-walk",
    daysAgo: 23,
    status: "published",
    body: `I spent a week walking a city laid out on a strict grid. By the third day I stopped looking at
maps: the structure had become something I could feel. Numbered streets ran one way, named
avenues the other, and the blocks had a rhythm that told me how far I had gone.

Good page layouts work the same way. A reader who has seen two of your pages should be able to
find the date, the author and the next link on the third without thinking.

## Grids with exceptions

The best blocks broke the grid on purpose: a diagonal avenue, a small park where a building
should be. Exceptions only work against a strong structure. Without the grid, they are noise.`,
  },
  {
    slug: "keeping-a-working-notebook",
    title: "Keeping a Working Notebook",
    excerpt:
      "A notebook is not a diary. It is a place to think badly on purpose, so that the good ideas have somewhere to come from.",
    category: "culture",
    tags: ["writing", "craft"],
    author: "ada",
    cover: "cover-notebook",
    daysAgo: 31,
    status: "published",
    body: `Every writer I admire keeps some kind of working notebook. Not a journal of feelings, but a
place for half-formed sentences, overheard phrases, questions without answers and lists of
things to look up.

The point is volume. Most of what goes into the notebook is useless. That is the price of the
few pages that are not.

## Three rules

1. Date every page.
2. Never tidy it up.
3. Read it back once a month, with a pencil.

The third rule is the one that matters. A notebook you never reread is a place where ideas go to
be forgotten politely.`,
  },
  {
    slug: "the-case-for-a-slower-web",
    title: "The Case for a Slower Web",
    excerpt:
      "Fast pages, slow reading. Why the best thing a publication can do for its readers is load instantly and then stay out of the way.",
    category: "technology",
    tags: ["web", "writing"],
    author: "grace",
    cover: "cover-slow-web",
    daysAgo: 40,
    status: "published",
    body: `A "slower web" sounds like a complaint about loading times. It is the opposite. The pages
should arrive instantly; it is the reading that should be slow.

Most of what makes a page feel frantic is not its weight but its behaviour: pop-ups, autoplaying
video, a newsletter prompt that arrives with the first scroll. Remove them and even a heavy page
feels calm.

## Fast to load, slow to read

Serve the same page to every reader from a cache. Let the parts that differ per reader arrive
afterwards, quietly. Then give the text room: a comfortable measure, generous line height, and
nothing moving at the edges of vision.`,
  },
  {
    slug: "notes-toward-a-style-guide",
    title: "Notes Toward a Style Guide",
    excerpt: "A draft that is not ready for readers yet.",
    category: "culture",
    tags: ["writing"],
    author: "ada",
    cover: "cover-draft",
    daysAgo: 2,
    status: "draft",
    body: `This draft is still being written. It must never appear on a public page.`,
  },
  {
    slug: "what-we-are-building-next",
    title: "What We Are Building Next",
    excerpt: "A scheduled announcement that readers will see when its time comes.",
    category: "technology",
    tags: ["web"],
    author: "grace",
    cover: "cover-scheduled",
    daysAgo: -30,
    status: "published",
    body: `This post is scheduled for the future. Until its publication time it must stay hidden from
every public page.`,
  },
];

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = "quire-demo-reader";

export const seedAuthors = [
  {
    key: "ada",
    name: "Ada Lindqvist",
    email: "ada@quire.test",
    role: "admin" as const,
    bio: "Founding editor. Writes about tools, databases and the craft of software.",
  },
  {
    key: "grace",
    name: "Grace Okafor",
    email: "grace@quire.test",
    role: "editor" as const,
    bio: "Design editor. Type, colour and cities.",
  },
];

export const seedReaders = [
  "Maya Chen",
  "Tomás Herrera",
  "Priya Natarajan",
  "Jonas Weber",
  "Aiko Tanaka",
  "Samuel Osei",
  "Lena Kowalski",
  "Omar Haddad",
  "Isabel Duarte",
  "Felix Brandt",
  "Nadia Petrova",
  "Kwame Mensah",
].map((name) => ({
  name,
  email: `${name
    .toLowerCase()
    .split(" ")[0]!
    .normalize("NFD")
    .replace(/[^a-z]/g, "")}@readers.quire.test`,
}));

/** A comment thread: author is an index into seedReaders; minutesAgo is relative to the seed. */
export type SeedComment = { author: number; minutesAgo: number; body: string; replies?: SeedComment[] };

export const seedComments: Record<string, SeedComment[]> = {
  "when-machines-learned-to-sketch": [
    {
      author: 0,
      minutesAgo: 120,
      body: "The point about volume rings true. I used to make three thumbnails for a cover; now I look at thirty and the hard part is saying no to twenty-nine.",
      replies: [
        {
          author: 1,
          minutesAgo: 95,
          body: "Same here, but I worry that choosing from thirty machine drafts narrows what I would have drawn on my own.",
          replies: [
            {
              author: 0,
              minutesAgo: 60,
              body: "That's fair. I've started doing my own three first, before I look at anything generated.\n\nIt keeps the first idea mine.",
              replies: [
                { author: 2, minutesAgo: 30, body: "Stealing this habit. Own drafts first, then the machine." },
              ],
            },
          ],
        },
        {
          author: 3,
          minutesAgo: 80,
          body: "Contact sheets is exactly the right comparison. See also https://en.wikipedia.org/wiki/Contact_print",
        },
      ],
    },
    {
      author: 4,
      minutesAgo: 45,
      body: "Would love a follow-up on how studios decide what the machine is *not* allowed to do.",
    },
    {
      author: 5,
      minutesAgo: 10,
      body: "The table at the end says it better than most conference talks I've seen this year.",
    },
  ],
  "postgres-in-your-pocket": [
    {
      author: 6,
      minutesAgo: 60 * 26,
      body: "Running the same migrations on both is the part that sold me. Has anyone tried this on a serverless host yet?",
      replies: [{ author: 7, minutesAgo: 60 * 20, body: "Yes: the app uses postgres.js there, PGlite only locally." }],
    },
    { author: 8, minutesAgo: 60 * 5, body: "Half a second to open is fine for dev. Nice write-up." },
  ],
  "the-long-life-of-a-typeface": [
    {
      author: 9,
      minutesAgo: 60 * 24 * 3,
      body: "Italics that are true companions: I'm going to repeat that to every client.",
    },
  ],
  "colour-that-holds-up-in-the-dark": [
    {
      author: 10,
      minutesAgo: 60 * 24 * 6,
      body: "Captions and timestamps are exactly where my last audit failed.",
      replies: [{ author: 11, minutesAgo: 60 * 24 * 5, body: "Ours too. Muted grey on near-black is a trap." }],
    },
  ],
  "walking-the-grid": [
    { author: 2, minutesAgo: 60 * 24 * 12, body: "Exceptions only work against a strong structure. Lovely." },
  ],
};

/** How many demo readers like each post (the first N readers). */
export const seedLikes: Record<string, number> = {
  "when-machines-learned-to-sketch": 12,
  "postgres-in-your-pocket": 9,
  "the-long-life-of-a-typeface": 7,
  "colour-that-holds-up-in-the-dark": 6,
  "in-praise-of-quiet-interfaces": 5,
  "walking-the-grid": 4,
  "keeping-a-working-notebook": 3,
  "the-case-for-a-slower-web": 8,
};
