import type { ReactNode } from "react";
import { AppProviders } from "~/lib/trpc";

/** The join address (invite panel, projector QR code) is asked through tRPC; the root layout mounts no client. */
export default function WithTrpcLayout({ children }: { children: ReactNode }) {
  return <AppProviders>{children}</AppProviders>;
}
