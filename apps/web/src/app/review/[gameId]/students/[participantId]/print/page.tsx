import type { Metadata } from "next";
import { StudentSummaryView } from "~/components/review/student-record";

export const metadata: Metadata = { title: "Student record (printable)" };

/** One student's record for feedback: read-only, laid out for paper (print CSS). */
export default async function PrintableStudentPage({
  params,
}: {
  params: Promise<{ gameId: string; participantId: string }>;
}) {
  const { gameId, participantId } = await params;
  return (
    <StudentSummaryView
      gameId={decodeURIComponent(gameId)}
      participantId={decodeURIComponent(participantId)}
      printable
    />
  );
}
