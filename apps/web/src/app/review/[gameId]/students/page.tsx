import type { Metadata } from "next";
import { StudentsView } from "~/components/review/students-view";

export const metadata: Metadata = { title: "Students and grades" };

export default async function StudentsPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <StudentsView gameId={decodeURIComponent(gameId)} />;
}
