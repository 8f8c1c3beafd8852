import type { Metadata } from "next";
import { ProjectorScreen } from "~/components/screen/projector-screen";

export const metadata: Metadata = { title: "Projector" };

export default async function ScreenPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <ProjectorScreen joinCode={decodeURIComponent(code).toUpperCase()} />;
}
