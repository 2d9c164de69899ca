/**
 * How long browsers, CDNs and Next's image optimiser may keep a library image: an hour. An image
 * never changes once stored (a new upload gets a new id), but it can be deleted, and a deleted
 * image must stop answering everywhere within this time. On this server it stops at once: the
 * proxy asks the database before the optimiser answers from its cache.
 */
export const IMAGE_MAX_AGE_SECONDS = 60 * 60;
