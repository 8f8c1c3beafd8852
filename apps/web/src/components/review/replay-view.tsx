"use client";
// Point-of-view replay for grading: scrub the event log and see the game exactly as one
// student saw it at that moment (or omniscient), with the messages that viewer could read.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { useTRPC } from "~/lib/trpc";
import { channelLabel, describePair, fixed, indexAtSeq, keyboardStep } from "./analysis";
import { NotesPanel, type NoteMoment } from "./notes";
import { ReviewShell } from "./review-shell";
import type { DebriefData, ReplayData, StudentRow, TimelineEntry } from "./types";
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
        <div className={styles.replayGrid}>
          <TimelineList timeline={timeline} index={index} viewer={viewer} onIndex={goTo} />
          <div className={styles.replayMain}>
            <NotesPanel
              gameId={gameId}
              secret={secret}
              moment={moment}
              title={viewer ? `Notes on ${names.get(viewer) ?? viewer}` : "Notes and grades"}
              filter={(note) => !viewer || note.stateId === viewer}
            />
            <ViewPanel data={data} viewer={viewer} names={names} />
            <MessagesPanel data={data} viewer={viewer} />
          </div>
        </div>
      )}
    </>
  );
}

function ReplayBar({
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
    <section className={styles.replayBar} aria-label="Replay controls">
      <div>
        <div className={styles.momentRow}>
          <label htmlFor={sliderId} className={styles.moment}>
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
          className={styles.slider}
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
        <p id={`${sliderId}-help`} className={`${styles.small} ${styles.flush}`}>
          {current ? <strong>{current.summary}</strong> : "No events yet."}{" "}
          <span>Keys: ← → one event, PageUp/PageDown one round, Home/End.</span>
        </p>
      </div>
      <div className={styles.stepButtons}>
        <label className={styles.field} htmlFor={viewerId}>
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
        <button
          type="button"
          className={styles.secondaryButton}
          onClick={() => step("PageUp")}
          aria-label="Previous round"
        >
          «
        </button>
        <button
          type="button"
          className={styles.secondaryButton}
          onClick={() => step("ArrowLeft")}
          aria-label="Previous event"
        >
          ‹
        </button>
        <button
          type="button"
          className={styles.secondaryButton}
          onClick={() => step("ArrowRight")}
          aria-label="Next event"
        >
          ›
        </button>
        <button
          type="button"
          className={styles.secondaryButton}
          onClick={() => step("PageDown")}
          aria-label="Next round"
        >
          »
        </button>
      </div>
      {viewer ? (
        <p className={`${styles.small} ${styles.fullRow}`}>
          Exactly as {debrief.states.find((s) => s.id === viewer)?.name ?? viewer}&apos;s student
          saw it: other states&apos; private orders, secret pacts and channels they were not in are
          hidden. Its own actions are highlighted in blue.
        </p>
      ) : null}
    </section>
  );
}

function TimelineList({
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
      <ol className={styles.timeline} ref={listRef}>
        {timeline.map((entry, i) => {
          const own = viewer !== null && entry.stateId === viewer;
          const newRound = i === 0 || timeline[i - 1]!.round !== entry.round;
          return (
            <li key={entry.seq}>
              {newRound ? <div className={styles.roundDivider}>Round {entry.round}</div> : null}
              <button
                type="button"
                onClick={() => onIndex(i)}
                aria-current={i === index ? "true" : undefined}
                data-own={own ? "true" : undefined}
                data-future={i > index ? "true" : undefined}
              >
                <span className={styles.seq}>#{entry.seq}</span>
                <span>
                  {entry.summary}
                  {entry.bot ? " (bot)" : ""}
                  {own ? (
                    <span className={styles.srOnly}> (this state&apos;s own action)</span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

type ThreatRow = Record<
  string,
  {
    total: number;
    viaAlly: string | null;
    aggregatePower: number;
    proximity: number;
    offensiveCapability: number;
    intentions: number;
  }
>;

function ViewPanel({
  data,
  viewer,
  names,
}: {
  data: ReplayData;
  viewer: string | null;
  names: Map<string, string>;
}) {
  const view = data.view;
  const roundRecord = view.rounds.find((r) => r.round === data.round) ?? view.rounds.at(-1);
  const treaties = Object.values(view.treaties);
  const proposals = Object.values(view.proposals).filter((p) => p.status === "open");
  const demands = Object.values(view.demands).filter(
    (d) => d.status === "pending" || d.round === data.round,
  );
  const news = [...view.news].reverse().slice(0, 8);
  const ids = view.scenario.states.filter((s) => s.playable).map((s) => s.id);
  return (
    <section className={styles.section} aria-labelledby="view-heading">
      <h3 id="view-heading">
        {viewer ? `${names.get(viewer) ?? viewer}'s screen` : "The whole game"} at round{" "}
        {data.round}, {data.phase}
      </h3>
      {viewer ? (
        <StateAttributes view={view} viewer={viewer} />
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>Every state at this moment</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col" className={styles.num}>
                  GDP (bn)
                </th>
                <th scope="col" className={styles.num}>
                  Burden
                </th>
                <th scope="col" className={styles.num}>
                  Mobilised
                </th>
                <th scope="col">Primary threat (T*)</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const s = view.states[id];
                const row = (roundRecord?.threat[id] ?? {}) as ThreatRow;
                const top = Object.entries(row).sort((a, b) => b[1].total - a[1].total)[0];
                return (
                  <tr key={id}>
                    <th scope="row">{names.get(id) ?? id}</th>
                    <td className={styles.num}>{fixed(s?.gdp, 0)}</td>
                    <td className={styles.num}>{s ? `${fixed(s.burden, 1)} %` : "—"}</td>
                    <td className={styles.num}>{s ? fixed(s.mob, 1) : "—"}</td>
                    <td>{top ? `${top[0]} (${top[1].total.toFixed(1)})` : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {viewer && roundRecord ? (
        <ThreatTable
          row={(roundRecord.threat[viewer] ?? {}) as ThreatRow}
          names={names}
          round={roundRecord.round}
        />
      ) : null}
      {viewer && roundRecord?.actual?.[viewer] ? (
        <p className={styles.small}>
          Classified at resolution: {describePair(roundRecord.actual[viewer])}
        </p>
      ) : null}
      <h4>Treaties in force ({treaties.length})</h4>
      <ul className={styles.plainList}>
        {treaties.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong>{" "}
            <span className={styles.small}>
              ({t.kind}
              {t.secret ? ", secret" : ""})
            </span>
            : {t.members.join(", ")}
            {t.directedAgainst.length ? ` against ${t.directedAgainst.join(", ")}` : ""}
            {t.startedRound > 0 ? (
              <span className={styles.small}> · since round {t.startedRound}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h4>Open proposals ({proposals.length})</h4>
      {proposals.length ? (
        <ul className={styles.plainList}>
          {proposals.map((p) => (
            <li key={p.id}>
              <strong>{p.terms.name}</strong>{" "}
              <span className={styles.small}>
                ({p.terms.kind}, by {p.proposer})
              </span>
              : {p.terms.members.join(", ")}
              {p.terms.directedAgainst.length
                ? ` against ${p.terms.directedAgainst.join(", ")}`
                : ""}{" "}
              · ratified by {p.ratifiedBy.join(", ") || "nobody yet"}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.small}>None.</p>
      )}
      {demands.length ? (
        <>
          <h4>Demands</h4>
          <ul className={styles.plainList}>
            {demands.map((d) => (
              <li key={d.id}>
                {d.from} → {d.to}: {d.kind} ({d.status}){d.text ? ` “${d.text}”` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>News</h4>
      {news.length ? (
        <ul className={styles.plainList}>
          {news.map((n, i) => (
            <li key={`${n.round}-${i}`}>
              <span className={styles.small}>
                R{n.round}
                {n.visibleTo ? " · private" : ""}
              </span>{" "}
              {n.headline}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.small}>No news yet.</p>
      )}
    </section>
  );
}

function StateAttributes({ view, viewer }: { view: ReplayData["view"]; viewer: string }) {
  const s = view.states[viewer];
  const scenarioState = view.scenario.states.find((x) => x.id === viewer);
  if (!s) return null;
  const full = "posture" in s ? s : null;
  return (
    <dl className={styles.kv}>
      <dt>GDP</dt>
      <dd>
        ${fixed(s.gdp, 0)} bn{full ? ` (start ${fixed(full.gdp0, 0)})` : ""}
      </dd>
      <dt>Defence burden</dt>
      <dd>
        {fixed(s.burden, 2)} % of GDP{full ? ` (start ${fixed(full.burden0, 2)})` : ""}
      </dd>
      {full ? (
        <>
          <dt>Offensive posture</dt>
          <dd>{fixed(full.posture, 2)}</dd>
        </>
      ) : null}
      <dt>Mobilisation</dt>
      <dd>{fixed(s.mob, 1)}</dd>
      <dt>Forces</dt>
      <dd>{Math.round(s.forces * 100)} %</dd>
      {scenarioState ? (
        <>
          <dt>Population</dt>
          <dd>{fixed(scenarioState.pop, 0)} m</dd>
        </>
      ) : null}
    </dl>
  );
}

function ThreatTable({
  row,
  names,
  round,
}: {
  row: ThreatRow;
  names: Map<string, string>;
  round: number;
}) {
  const entries = Object.entries(row).sort((a, b) => b[1].total - a[1].total);
  if (!entries.length) return null;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>
          Threat perceived at the start of round {round} (T*, 0–100), with the log-share of each
          source
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col" className={styles.num}>
              T*
            </th>
            <th scope="col" aria-hidden="true" />
            <th scope="col" className={styles.num} title="ln share: aggregate power">
              Power
            </th>
            <th scope="col" className={styles.num} title="ln share: proximity">
              Proximity
            </th>
            <th scope="col" className={styles.num} title="ln share: offensive capability">
              Offence
            </th>
            <th scope="col" className={styles.num} title="ln share: intentions">
              Intentions
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([id, e]) => (
            <tr key={id}>
              <th scope="row">
                {names.get(id) ?? id}
                {e.viaAlly ? <span className={styles.small}> via {e.viaAlly}</span> : null}
              </th>
              <td className={styles.num}>{e.total.toFixed(1)}</td>
              <td aria-hidden="true">
                <div className={styles.bar}>
                  <div
                    className={styles.barFill}
                    style={{
                      width: `${Math.min(100, e.total)}%`,
                      opacity: e.total >= 40 ? 1 : e.total >= 20 ? 0.7 : 0.35,
                    }}
                  />
                </div>
              </td>
              <td className={styles.num}>
                {Number.isNaN(e.aggregatePower) ? "hidden" : fixed(e.aggregatePower)}
              </td>
              <td className={styles.num}>{fixed(e.proximity)}</td>
              <td className={styles.num}>{fixed(e.offensiveCapability)}</td>
              <td className={styles.num}>
                {Number.isNaN(e.intentions) ? "hidden" : fixed(e.intentions)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MessagesPanel({ data, viewer }: { data: ReplayData; viewer: string | null }) {
  const [channel, setChannel] = useState("");
  const channelId = useId();
  const channels = [...new Set(data.messages.map((m) => m.channel))];
  const shown = data.messages.filter((m) => !channel || m.channel === channel);
  return (
    <section className={styles.section} aria-labelledby="messages-heading">
      <div className={styles.sectionHead}>
        <h3 id="messages-heading">Messages {viewer ? `${viewer} could read` : "(all channels)"}</h3>
        {channels.length > 1 ? (
          <label className={styles.field} htmlFor={channelId}>
            <span>Channel</span>
            <select
              id={channelId}
              className={styles.select}
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
            >
              <option value="">All ({data.messages.length})</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className={styles.small}>No messages up to this moment.</p>
      ) : (
        <ol className={styles.messages}>
          {shown.map((m) => {
            const own = viewer !== null && m.fromStateId === viewer;
            return (
              <li key={m.id} className={styles.message} data-own={own ? "true" : undefined}>
                <div className={styles.messageMeta}>
                  <strong>
                    <bdi>{m.author}</bdi>
                    {m.fromStateId ? ` (${m.fromStateId})` : ""}
                  </strong>
                  <span>{channelLabel(m.channel)}</span>
                  <span>
                    round {m.round}, {new Date(m.sentAt).toLocaleTimeString()}
                  </span>
                  {own ? <span className={styles.badge}>sent by this state</span> : null}
                </div>
                <p className={styles.messageBody}>{m.body}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
