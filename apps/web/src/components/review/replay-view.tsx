"use client";
// Point-of-view replay for grading: scrub the event log and see the game exactly as one
// student saw it at that moment, through the student's own panels (replay-seat.tsx), or
// omniscient (replay-whole-game.tsx), with the messages that viewer could read.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { indexAtSeq, playedBy, viewerWords } from "./analysis";
import { NotesPanel, type NoteMoment } from "./notes";
import { ReplayBar, TimelineList } from "./replay-bar";
import { MessagesPanel } from "./replay-messages";
import { ReplaySeat } from "./replay-seat";
import { WholeGamePanel } from "./replay-whole-game";
import { ReviewShell } from "./review-shell";
import type { DebriefData, StudentRow } from "./types";
import replayStyles from "./replay.module.css";
import styles from "./review.module.css";

const STATE_ID = /^[A-Z][A-Z0-9]{1,5}$/;

function readParams(params: URLSearchParams): { seq: number | null; viewer: string | null } {
  const seq = Number(params.get("seq"));
  const viewer = params.get("viewer");
  return {
    seq: params.has("seq") && Number.isInteger(seq) && seq >= 0 ? seq : null,
    viewer: viewer && STATE_ID.test(viewer) ? viewer : null,
  };
}

export function ReplayView({ gameId }: { gameId: string }) {
  return (
    <ReviewShell gameId={gameId} page="replay" heading="Replay">
      {({ debrief, secret }) => <Replay gameId={gameId} secret={secret} debrief={debrief} />}
    </ReviewShell>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function Replay({
  gameId,
  secret,
  debrief,
}: {
  gameId: string;
  secret: string;
  debrief: DebriefData;
}) {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const initial = useMemo(
    () => readParams(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );
  const [viewer, setViewer] = useState<string | null>(initial.viewer);
  const [seq, setSeq] = useState<number | null>(initial.seq);
  // Links inside the app (evidence, notes) change the query string: follow them.
  useEffect(() => {
    setViewer(initial.viewer);
    setSeq(initial.seq);
  }, [initial]);
  const querySeq = useDebounced(seq, 120);
  const replay = useQuery({
    ...trpc.review.replay.queryOptions({
      gameId,
      secret,
      viewer: viewer ? { kind: "state", stateId: viewer } : { kind: "omniscient" },
      ...(querySeq !== null ? { seq: querySeq } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const students = useQuery(trpc.review.students.queryOptions({ gameId, secret }));
  const names = useMemo(() => new Map(debrief.states.map((s) => [s.id, s.name])), [debrief.states]);

  // Keep ?seq=&viewer= in the address bar so a moment can be linked and reloaded.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (seq === null) url.searchParams.delete("seq");
    else url.searchParams.set("seq", String(seq));
    if (viewer) url.searchParams.set("viewer", viewer);
    else url.searchParams.delete("viewer");
    const next = `${url.pathname}${url.search}`;
    if (next !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(window.history.state, "", next);
  }, [seq, viewer]);

  const data = replay.data;
  const timeline = useMemo(() => data?.timeline ?? [], [data]);
  const index = indexAtSeq(timeline, seq ?? data?.seq ?? null);
  const current = timeline[index];
  const goTo = useCallback(
    (i: number) => {
      const entry = timeline[i];
      if (entry) setSeq(entry.seq);
    },
    [timeline],
  );

  const studentOf = (stateId: string | null): StudentRow | undefined =>
    stateId
      ? (students.data?.find((s) => s.stateId === stateId && !s.kicked) ??
        students.data?.find((s) => s.stateId === stateId))
      : undefined;
  const viewerStudent = studentOf(viewer);
  const moment: NoteMoment | null = current
    ? {
        eventSeq: current.seq,
        round: current.round,
        stateId: viewer,
        participantId: viewerStudent?.id ?? null,
        label: `round ${current.round}, event ${current.seq}${viewer ? `, ${names.get(viewer) ?? viewer}${viewerStudent ? ` (${viewerStudent.displayName})` : ""}` : ", whole game"}`,
      }
    : null;

  return (
    <>
      <ReplayBar
        debrief={debrief}
        timeline={timeline}
        index={index}
        current={current}
        viewer={viewer}
        onViewer={setViewer}
        onIndex={goTo}
        studentOf={studentOf}
        loading={replay.isFetching}
      />
      {replay.isError ? (
        <p role="alert" className={styles.error}>
          Could not replay: {replay.error.message}
        </p>
      ) : !data ? (
        <p className={styles.muted} role="status">
          Folding the event log…
        </p>
      ) : (
        <div className={replayStyles.replayGrid}>
          <TimelineList timeline={timeline} index={index} viewer={viewer} onIndex={goTo} />
          <div className={replayStyles.replayMain}>
            <NotesPanel
              gameId={gameId}
              secret={secret}
              moment={moment}
              title={viewer ? `Notes on ${names.get(viewer) ?? viewer}` : "Notes and grades"}
              filter={(note) => !viewer || note.stateId === viewer}
            />
            {viewer ? (
              <ReplaySeat
                data={data}
                viewer={viewer}
                gameId={gameId}
                names={names}
                player={viewerWords(
                  playedBy(viewer, data.round, debrief.botsByRound, debrief.humanStates),
                  names.get(viewer) ?? viewer,
                )}
              />
            ) : (
              <>
                <WholeGamePanel data={data} names={names} />
                <MessagesPanel data={data} viewer={null} />
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}
