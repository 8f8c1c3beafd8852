import type { Metadata } from "next";
import { CodeEntry } from "./code-entry";
import styles from "./join.module.css";

export const metadata: Metadata = { title: "Join a session" };

export default function JoinPage() {
  return (
    <main className={styles.page}>
      <CodeEntry />
    </main>
  );
}
