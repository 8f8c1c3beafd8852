import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "~/lib/trpc";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Threatscape", template: "%s · Threatscape" },
  description:
    "A live classroom simulation of alliance politics, scored against Stephen Walt's balance-of-threat theory.",
};

export const viewport: Viewport = { themeColor: "#10243e" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppProviders>{children}</AppProviders>
      </body>
    </html>
  );
}
