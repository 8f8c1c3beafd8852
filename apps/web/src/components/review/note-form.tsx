"use client";
// The note form (criterion, note, grade, author) for adding and editing a rubric note, and
// the hooks it shares with the notes list (the author's name is remembered per browser).
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { buttonClass } from "~/components/ui";
import noteStyles from "./notes.module.css";
import styles from "./review.module.css";

const authorKey = "threatscape:review:author";

export function useAuthor(): [string, (name: string) => void] {
  const [author, setAuthor] = useState("");
  useEffect(() => {
    try {
      // The grader's name is remembered so every note is signed without retyping it.
      setAuthor(window.localStorage.getItem(authorKey) ?? "");
    } catch {
      // No storage: type it each time.
    }
  }, []);
  const save = (name: string) => {
    setAuthor(name);
    try {
      window.localStorage.setItem(authorKey, name);
    } catch {
      // Ignore: only a convenience.
    }
  };
  return [author, save];
}

export function useInvalidateNotes() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.annotations.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.review.students.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.review.studentSummary.queryKey() }),
    ]);
}

export interface NoteFields {
  criterion: string;
  note: string;
  grade: string;
}

export function NoteForm({
  initial,
  submitLabel,
  pending,
  withAuthor,
  onSubmit,
  onCancel,
}: {
  initial: NoteFields;
  submitLabel: string;
  pending: boolean;
  withAuthor: boolean;
  onSubmit: (fields: NoteFields & { author: string }) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const [author, setAuthor] = useAuthor();
  const ids = { criterion: useId(), note: useId(), grade: useId(), author: useId() };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...fields, author: author.trim() });
  };
  return (
    <form className={noteStyles.noteForm} onSubmit={submit}>
      <label className={styles.field} htmlFor={ids.criterion}>
        <span>Criterion</span>
        <input
          id={ids.criterion}
          value={fields.criterion}
          maxLength={120}
          placeholder="e.g. Alliance strategy"
          onChange={(e) => setFields({ ...fields, criterion: e.target.value })}
        />
      </label>
      <label className={styles.field} htmlFor={ids.note}>
        <span>Note</span>
        <textarea
          id={ids.note}
          value={fields.note}
          maxLength={5000}
          onChange={(e) => setFields({ ...fields, note: e.target.value })}
          required
        />
      </label>
      <div className={styles.formRow}>
        <label className={styles.field} htmlFor={ids.grade}>
          <span>Grade (points)</span>
          <input
            id={ids.grade}
            type="number"
            min={0}
            max={1000}
            step="0.5"
            inputMode="decimal"
            value={fields.grade}
            onChange={(e) => setFields({ ...fields, grade: e.target.value })}
            className={noteStyles.narrowInput}
          />
        </label>
        {withAuthor ? (
          <label className={styles.field} htmlFor={ids.author}>
            <span>Your name</span>
            <input
              id={ids.author}
              value={author}
              maxLength={80}
              required
              onChange={(e) => setAuthor(e.target.value)}
              className={noteStyles.nameInput}
            />
          </label>
        ) : null}
      </div>
      <div className={styles.formRow}>
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export const gradeValue = (grade: string): number | null =>
  grade.trim() === "" ? null : Number(grade);
