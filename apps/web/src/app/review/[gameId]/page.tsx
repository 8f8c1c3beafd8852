import type { Metadata } from "next";
import { DebriefView } from "~/components/review/debrief-view";

export const metadata: Metadata = { title: "Debrief" };

export default async function DebriefPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <DebriefView gameId={decodeURIComponent(gameId)} />;
}
