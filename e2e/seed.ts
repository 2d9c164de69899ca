/** Seeds the end-to-end suite's database: the demo publication plus the long discussions. */
import { runIfMain } from "../db/script";
import { seed } from "../db/seed";
import { e2eComments } from "./discussions";

runIfMain(import.meta.url, "Seeding", async () =>
  (await seed({ comments: e2eComments }))
    ? "Seeded the demo publication and the e2e discussions."
    : "The database already had posts.",
);
