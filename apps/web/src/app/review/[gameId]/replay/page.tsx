import type { Metadata } from "next";
import { Suspense } from "react";
import { ReplayView } from "~/components/review/replay-view";

export const metadata: Metadata = { title: "Replay" };

export default async function ReplayPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  // The replay reads ?seq= and ?viewer= on the client.
  return (
    <Suspense>
      <ReplayView gameId={decodeURIComponent(gameId)} />
    </Suspense>
  );
}
