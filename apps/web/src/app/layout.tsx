import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
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
      {/* No providers here: the tRPC + React Query client (~20 KB gzip) is mounted only by the
          pages that call tRPC (host setup, join by link, review), not by the live consoles. */}
      <body>{children}</body>
    </html>
  );
}
