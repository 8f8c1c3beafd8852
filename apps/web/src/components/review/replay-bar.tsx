"use client";
// The replay's controls (moment slider, point of view, steps) and the event timeline beside it.
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { keyboardStep, playedBy, viewerWords } from "./analysis";
import type { DebriefData, StudentRow, TimelineEntry } from "./types";
import replayStyles from "./replay.module.css";
import styles from "./review.module.css";
import { Button, VisuallyHidden } from "~/components/ui";

export function ReplayBar({
  debrief,
  timeline,
  index,
  current,
  viewer,
  onViewer,
  onIndex,
  studentOf,
  loading,
}: {
  debrief: DebriefData;
  timeline: TimelineEntry[];
  index: number;
  current: TimelineEntry | undefined;
  viewer: string | null;
  onViewer: (viewer: string | null) => void;
  onIndex: (index: number) => void;
  studentOf: (stateId: string | null) => StudentRow | undefined;
  loading: boolean;
}) {
  const sliderId = useId();
  const viewerId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = keyboardStep(event.key, timeline, index);
    if (next === null) return;
    event.preventDefault();
    onIndex(next);
  };
  const step = (key: string) => {
    const next = keyboardStep(key, timeline, index);
    if (next !== null) onIndex(next);
  };
  const last = Math.max(0, timeline.length - 1);
  return (
    <section className={replayStyles.replayBar} aria-label="Replay controls">
      <div>
        <div className={replayStyles.momentRow}>
          <label htmlFor={sliderId} className={replayStyles.moment}>
            Replay position
          </label>
          <span className={styles.small} aria-live="polite">
            {current
              ? `Event #${current.seq} (${index + 1} of ${timeline.length}) · round ${current.round}, ${current.phase} phase`
              : ""}
            {loading ? " · loading…" : ""}
          </span>
        </div>
        <input
          id={sliderId}
          className={replayStyles.slider}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          disabled={timeline.length === 0}
          aria-valuetext={
            current
              ? `Event ${current.seq}, round ${current.round}: ${current.summary}`
              : "No events"
          }
          aria-describedby={`${sliderId}-help`}
          onChange={(e) => onIndex(Number(e.target.value))}
          onKeyDown={onKeyDown}
        />
        <p id={`${sliderId}-help`} className={`${styles.small} ${replayStyles.flush}`}>
          {current ? <strong>{current.summary}</strong> : "No events yet."}{" "}
          <span>Keys: ← → one event, PageUp/PageDown one round, Home/End.</span>
        </p>
      </div>
      <div className={replayStyles.stepButtons}>
        <label className={`${styles.field} ${replayStyles.viewerField}`} htmlFor={viewerId}>
          <span>Point of view</span>
          <select
            id={viewerId}
            className={styles.select}
            value={viewer ?? ""}
            onChange={(e) => onViewer(e.target.value || null)}
          >
            <option value="">Omniscient (everything)</option>
            {debrief.states
              .filter((s) => s.playable)
              .map((s) => {
                const student = studentOf(s.id);
                return (
                  <option key={s.id} value={s.id}>
                    {s.name}
                    {student
                      ? ` (\u2068${student.displayName}\u2069)`
                      : debrief.humanStates.includes(s.id)
                        ? ""
                        : " (bot)"}
                  </option>
                );
              })}
          </select>
        </label>
        <Button onClick={() => step("PageUp")} aria-label="Previous round">
          «
        </Button>
        <Button onClick={() => step("ArrowLeft")} aria-label="Previous event">
          ‹
        </Button>
        <Button onClick={() => step("ArrowRight")} aria-label="Next event">
          ›
        </Button>
        <Button onClick={() => step("PageDown")} aria-label="Next round">
          »
        </Button>
      </div>
      {viewer ? (
        <p className={`${styles.small} ${replayStyles.fullRow}`}>
          Exactly as{" "}
          {viewerWords(
            playedBy(viewer, current?.round ?? 0, debrief.botsByRound, debrief.humanStates),
            debrief.states.find((s) => s.id === viewer)?.name ?? viewer,
          )}{" "}
          saw it: other states&apos; private orders, secret pacts and channels they were not in are
          hidden. Its own actions are highlighted in blue.
        </p>
      ) : null}
    </section>
  );
}

export function TimelineList({
  timeline,
  index,
  viewer,
  onIndex,
}: {
  timeline: TimelineEntry[];
  index: number;
  viewer: string | null;
  onIndex: (index: number) => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Keep the current event in view as the slider moves, scrolling the list only (not the page).
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !item) return;
    const top = item.offsetTop; // the list is positioned, so this is relative to it
    if (top < list.scrollTop + 28) list.scrollTop = Math.max(0, top - 28);
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [index]);
  return (
    <section className={styles.section} aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Event log</h3>
      <p className={styles.small}>
        {timeline.length} event{timeline.length === 1 ? "" : "s"}
        {viewer ? ` visible to ${viewer}` : ""}. Select one to jump there.
      </p>
      <ol className={replayStyles.timeline} ref={listRef}>
        {timeline.map((entry, i) => {
          const own = viewer !== null && entry.stateId === viewer;
          const newRound = i === 0 || timeline[i - 1]!.round !== entry.round;
          return (
            <li key={entry.seq}>
              {newRound ? (
                <div className={replayStyles.roundDivider}>Round {entry.round}</div>
              ) : null}
              <button
                type="button"
                onClick={() => onIndex(i)}
                aria-current={i === index ? "true" : undefined}
                data-own={own ? "true" : undefined}
                data-future={i > index ? "true" : undefined}
              >
                <span className={replayStyles.seq}>#{entry.seq}</span>
                <span>
                  {entry.summary}
                  {entry.bot ? " (bot)" : ""}
                  {own ? <VisuallyHidden> (this state&apos;s own action)</VisuallyHidden> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
