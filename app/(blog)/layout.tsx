import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ViewerProvider } from "@/components/viewer/viewer-provider";

export default function BlogLayout({ children }: { children: React.ReactNode }) {
  return (
    <ViewerProvider>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </ViewerProvider>
  );
}
