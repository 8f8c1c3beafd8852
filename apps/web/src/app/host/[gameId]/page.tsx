import { ACTION_CODES } from "@threatscape/engine";
import type { Metadata } from "next";
import { HostConsole } from "~/components/host/host-console";

export const metadata: Metadata = { title: "Instructor console" };

// Read here, on the server, so the engine (and its preset data) stays out of the browser bundle.
const CRISIS_ACTIONS = Object.entries(ACTION_CODES)
  .map(([code, info]) => ({ code, label: info.label, goldstein: info.goldstein }))
  .sort((a, b) => a.goldstein - b.goldstein);

export default async function HostGamePage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <HostConsole gameId={decodeURIComponent(gameId)} actions={CRISIS_ACTIONS} />;
}
