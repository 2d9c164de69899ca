"use client";

import { useEffect } from "react";
import { ErrorMessage } from "@/components/layout/error-message";

export default function BlogError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return <ErrorMessage digest={error.digest} reset={reset} />;
}
