import type { Metadata } from "next";
import Link from "next/link";
import { HostSetupWithProviders } from "~/components/host/host-setup";

export const metadata: Metadata = { title: "Host a session" };

export default function HostPage() {
  return (
    <main className="landing">
      <p className="eyebrow">
        <Link href="/">Threatscape</Link>
      </p>
      <h1 id="host-heading">Host a new session</h1>
      <HostSetupWithProviders headingId="host-heading" />
    </main>
  );
}
