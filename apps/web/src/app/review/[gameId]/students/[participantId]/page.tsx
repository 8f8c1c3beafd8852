import type { Metadata } from "next";
import { StudentSummaryView } from "~/components/review/student-record";

export const metadata: Metadata = { title: "Student record" };

export default async function StudentPage({
  params,
}: {
  params: Promise<{ gameId: string; participantId: string }>;
}) {
  const { gameId, participantId } = await params;
  return (
    <StudentSummaryView
      gameId={decodeURIComponent(gameId)}
      participantId={decodeURIComponent(participantId)}
    />
  );
}
