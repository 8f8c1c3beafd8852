import type { Metadata } from "next";
import { AppProviders } from "~/lib/trpc";
import { JoinSession } from "./join-session";
import styles from "../join.module.css";

export const metadata: Metadata = { title: "Join" };

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <main className={styles.page}>
      <AppProviders>
        <JoinSession joinCode={decodeURIComponent(code).replace(/[\s-]/g, "").toUpperCase()} />
      </AppProviders>
    </main>
  );
}
