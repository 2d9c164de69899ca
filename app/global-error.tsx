"use client";

import { ErrorMessage } from "@/components/layout/error-message";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-bg font-sans text-fg">
        <main id="main">
          <ErrorMessage digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
