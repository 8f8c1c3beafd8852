"use client";
// Rubric notes and grades, attached to a moment of the replay (event, round, state and the
// student who held it). Listed with edit and delete; shared by replay and student pages.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { replayHref } from "./divergences";
import type { Annotation } from "./types";
import { buttonClass } from "~/components/ui";
import noteStyles from "./notes.module.css";
import styles from "./review.module.css";
import { NoteForm, gradeValue, useInvalidateNotes } from "./note-form";

export function useAnnotations(gameId: string, secret: string) {
  const trpc = useTRPC();
  return useQuery(trpc.review.annotations.list.queryOptions({ gameId, secret }));
}

export interface NoteMoment {
  eventSeq: number;
  round: number;
  stateId: string | null;
  participantId: string | null;
  /** "Round 2, event 17, Japan (Aiko)" */
  label: string;
}

/** "Add note" for the current moment, then the list of notes. */
export function NotesPanel({
  gameId,
  secret,
  moment,
  filter,
  title = "Notes and grades",
}: {
  gameId: string;
  secret: string;
  moment: NoteMoment | null;
  filter: (note: Annotation) => boolean;
  title?: string;
}) {
  const trpc = useTRPC();
  const notes = useAnnotations(gameId, secret);
  const invalidate = useInvalidateNotes();
  const [adding, setAdding] = useState(false);
  const add = useMutation(
    trpc.review.annotations.add.mutationOptions({
      onSuccess: async () => {
        setAdding(false);
        await invalidate();
      },
    }),
  );
  const headingId = useId();
  const shown = (notes.data ?? [])
    .filter(filter)
    .sort((a, b) => (a.eventSeq ?? 0) - (b.eventSeq ?? 0));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <h3 id={headingId}>{title}</h3>
        {moment && !adding ? (
          <button type="button" className={buttonClass("primary")} onClick={() => setAdding(true)}>
            Add note
          </button>
        ) : null}
      </div>
      {moment && adding ? (
        <>
          <p className={styles.small}>Attached to: {moment.label}</p>
          <NoteForm
            initial={{ criterion: "", note: "", grade: "" }}
            submitLabel="Save note"
            pending={add.isPending}
            withAuthor
            onCancel={() => setAdding(false)}
            onSubmit={(f) =>
              add.mutate({
                gameId,
                secret,
                eventSeq: moment.eventSeq,
                round: moment.round,
                stateId: moment.stateId,
                participantId: moment.participantId,
                criterion: f.criterion.trim() || null,
                note: f.note,
                grade: gradeValue(f.grade),
                author: f.author,
              })
            }
          />
          {add.isError ? (
            <p role="alert" className={styles.error}>
              {add.error.message}
            </p>
          ) : null}
        </>
      ) : null}
      {notes.isPending ? (
        <p className={styles.small}>Loading notes…</p>
      ) : shown.length === 0 ? (
        <p className={styles.small}>No notes here yet.</p>
      ) : (
        <ul className={noteStyles.noteList}>
          {shown.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              gameId={gameId}
              secret={secret}
              onChanged={invalidate}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteItem({
  note,
  gameId,
  secret,
  onChanged,
}: {
  note: Annotation;
  gameId: string;
  secret: string;
  onChanged: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useMutation(
    trpc.review.annotations.update.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await onChanged();
      },
    }),
  );
  const remove = useMutation(
    trpc.review.annotations.remove.mutationOptions({ onSuccess: onChanged }),
  );
  const where = [
    note.stateId,
    note.round !== null ? `round ${note.round}` : null,
    note.eventSeq !== null ? `event ${note.eventSeq}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <li className={noteStyles.note}>
      <div className={noteStyles.noteHead}>
        <span>
          <strong>{note.criterion ?? "General"}</strong>
          {note.grade !== null ? (
            <>
              {" · "}
              <span className={noteStyles.grade}>{note.grade} pts</span>
            </>
          ) : null}
        </span>
        <span>
          {note.author}, {new Date(note.updatedAt).toLocaleDateString()}
        </span>
      </div>
      {editing ? (
        <NoteForm
          initial={{
            criterion: note.criterion ?? "",
            note: note.note,
            grade: note.grade === null ? "" : String(note.grade),
          }}
          submitLabel="Save note"
          pending={update.isPending}
          withAuthor={false}
          onCancel={() => setEditing(false)}
          onSubmit={(f) =>
            update.mutate({
              gameId,
              secret,
              annotationId: note.id,
              criterion: f.criterion.trim() || null,
              note: f.note,
              grade: gradeValue(f.grade),
            })
          }
        />
      ) : (
        <p className={noteStyles.noteBody}>{note.note}</p>
      )}
      <div className={noteStyles.noteActions}>
        {note.eventSeq !== null ? (
          <Link className={styles.small} href={replayHref(gameId, note.eventSeq, note.stateId)}>
            {where ? `At ${where}` : "Open moment"}
          </Link>
        ) : where ? (
          <span className={styles.small}>{where}</span>
        ) : null}
        {!editing ? (
          <button
            type="button"
            className={buttonClass("ghost", "small")}
            onClick={() => setEditing(true)}
            aria-label={`Edit note: ${note.criterion ?? "General"}`}
          >
            Edit
          </button>
        ) : null}
        {confirming ? (
          <>
            <button
              type="button"
              className={buttonClass("danger", "small")}
              onClick={() => remove.mutate({ gameId, secret, annotationId: note.id })}
              disabled={remove.isPending}
            >
              Delete for good
            </button>
            <button
              type="button"
              className={buttonClass("ghost", "small")}
              onClick={() => setConfirming(false)}
            >
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className={buttonClass("ghost", "small")}
            onClick={() => setConfirming(true)}
            aria-label={`Delete note: ${note.criterion ?? "General"}`}
          >
            Delete
          </button>
        )}
      </div>
      {update.isError || remove.isError ? (
        <p role="alert" className={styles.error}>
          {(update.error ?? remove.error)?.message}
        </p>
      ) : null}
    </li>
  );
}
