import type { Metadata } from "next";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: "Admin", template: `%s · Admin · ${site().name}` },
  robots: { index: false, follow: false },
};

// Every admin page reads the session before it renders anything: there is no static shell.
export const instant = false;

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return children;
}
