import { env } from "./env";

/** The publication's identity; every value is a setting with a default (see .env.example). */
export function site() {
  const { SITE_NAME, SITE_DESCRIPTION, SITE_URL } = env();
  return { name: SITE_NAME, description: SITE_DESCRIPTION, url: SITE_URL };
}

/** Paths of the public pages, so links and tests agree on them. */
export const paths = {
  home: (page = 1) => (page <= 1 ? "/" : `/page/${page}`),
  post: (slug: string) => `/posts/${slug}`,
  category: (slug: string, page = 1) => (page <= 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`),
  image: (id: string) => `/api/images/${id}`,
  comment: (id: string) => `/comments/${id}`,
};
