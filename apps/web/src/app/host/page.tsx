import type { Metadata } from "next";
import Link from "next/link";
import { HostSetup } from "~/components/host/host-setup";
import { MySessions } from "~/components/host/my-sessions-panel";
import { AppProviders } from "~/lib/trpc";

export const metadata: Metadata = { title: "Host a session" };

export default function HostPage() {
  return (
    <main className="landing">
      <p className="eyebrow">
        <Link href="/">Threatscape</Link>
      </p>
      <h1>Instructor</h1>
      <AppProviders>
        <MySessions />
        <h2 id="host-heading">Host a new session</h2>
        <HostSetup headingId="host-heading" />
      </AppProviders>
    </main>
  );
}
