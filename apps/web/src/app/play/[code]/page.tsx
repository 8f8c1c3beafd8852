import type { Metadata } from "next";
import { StudentConsole } from "~/components/student/student-console";

export const metadata: Metadata = { title: "Student console" };

export default async function PlayPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <StudentConsole joinCode={decodeURIComponent(code).replace(/[\s-]/g, "").toUpperCase()} />;
}
