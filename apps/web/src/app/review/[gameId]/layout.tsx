import type { ReactNode } from "react";
import { AppProviders } from "~/lib/trpc";

/** The debrief pages read everything through tRPC (the root layout mounts no client). */
export default function ReviewLayout({ children }: { children: ReactNode }) {
  return <AppProviders>{children}</AppProviders>;
}
