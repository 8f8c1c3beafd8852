import type { Metadata } from "next";
import { HostConsole } from "~/components/host/host-console";

export const metadata: Metadata = { title: "Instructor console" };

export default async function HostGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <HostConsole gameId={decodeURIComponent(gameId)} />;
}
