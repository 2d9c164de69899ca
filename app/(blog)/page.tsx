import type { Metadata } from "next";
import { HomePage } from "@/components/blog/home-page";
import { JsonLd } from "@/components/seo/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { paths, site } from "@/lib/site";
import { webSiteData } from "@/lib/structured-data";

export function generateMetadata(): Metadata {
  return pageMetadata({ description: site().description, path: paths.home() });
}

export default function Home() {
  return (
    <>
      <JsonLd data={webSiteData()} />
      <HomePage page={1} />
    </>
  );
}
