"use client";
// The instructor console for one game: lobby (invite, seats, start), then the round
// controls, the live dashboard, crises, news and the public forum.
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { hostStorage } from "~/lib/seat-storage";
import { useLiveSession, type Connection } from "~/lib/live-session";
import { buttonClass, controlClass, Panel, Pill, VisuallyHidden } from "~/components/ui";
import { AccessDetails, FreshSessionNotice } from "./access-panel";
import { BotActionsPanel } from "./bot-actions-panel";
import { CoalitionsPanel } from "./coalitions-panel";
import { ConsoleNotices } from "./console-notices";
import { CrisisPanel, type CrisisAction } from "./crisis-panel";
import { emptyPlayableSeats, groupDashboard, statusLabel } from "./format";
import { takeFreshSession } from "./fresh-session";
import { consumeLinkSecret, SecretForm } from "./host-access";
import { InvitePanel } from "./invite-panel";
import { MessageStats } from "./message-stats";
import { ForumPanel, NewsFeed } from "./news-forum";
import { OrdersAlerts } from "./orders-alerts";
import { RoundControls } from "./round-controls";
import { SettingsPanel } from "./settings-panel";
import { StartPanel } from "./start-panel";
import { BOT_POLICIES, StatesTable, UnseatedPanel, type BotPolicy } from "./states-table";
import { useCommandRunner } from "./use-command-runner";
import styles from "./console.module.css";

const CONNECTION_LABEL: Record<Connection, string> = {
  connecting: "Connecting…",
  connected: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

export function HostConsole({
  gameId,
  actions,
}: {
  gameId: string;
  actions: readonly CrisisAction[];
}) {
  // Storage and the URL fragment exist only in the browser: connect after the first render.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    consumeLinkSecret(gameId);
    setReady(true);
  }, [gameId]);
  if (!ready)
    return (
      <main className={styles.loading}>
        <p>Opening the instructor console…</p>
      </main>
    );
  return <Console gameId={gameId} actions={actions} />;
}

function Console({ gameId, actions }: { gameId: string; actions: readonly CrisisAction[] }) {
  const session = useLiveSession({ role: "instructor", gameId });
  const runner = useCommandRunner(session.command);
  const [fresh, setFresh] = useState(false);
  const [botPolicy, setBotPolicy] = useState<BotPolicy>("walt");
  useEffect(() => setFresh(takeFreshSession(gameId)), [gameId]);

  const { snapshot, scenario, dashboard } = session;
  // Keep the stored join code current (an instructor link carries only the secret).
  useEffect(() => {
    if (!snapshot) return;
    const stored = hostStorage.get(gameId);
    if (stored && (stored.joinCode !== snapshot.joinCode || stored.title !== snapshot.title))
      hostStorage.set(gameId, { ...stored, joinCode: snapshot.joinCode, title: snapshot.title });
  }, [gameId, snapshot]);

  const names = useMemo(
    () => new Map((snapshot?.lobby ?? []).map((seat) => [seat.stateId, seat.name])),
    [snapshot?.lobby],
  );
  const summary = useMemo(
    () => groupDashboard(snapshot?.lobby ?? [], dashboard),
    [snapshot?.lobby, dashboard],
  );

  useEffect(() => {
    if (snapshot) document.title = `${snapshot.title} · Instructor · Threatscape`;
  }, [snapshot]);

  if (session.accessError && !snapshot)
    return <SecretForm gameId={gameId} message={session.accessError} />;
  if (!snapshot)
    return (
      <main className={styles.loading}>
        <p role="status">
          {session.connection === "connected"
            ? "Attaching to the session…"
            : CONNECTION_LABEL[session.connection]}
        </p>
      </main>
    );

  const { timing } = snapshot;
  // The engine's instructor view, typed by the protocol: the same GameView the replay renders.
  const { view } = snapshot;
  const inLobby = timing.status === "lobby";
  const finished = timing.status === "finished";
  const crises = scenario?.crises ?? [];
  const empty = emptyPlayableSeats(snapshot.lobby);
  const stateOptions = snapshot.lobby.map((seat) => ({ id: seat.stateId, name: seat.name }));

  const botPolicySelect = (
    <label className={styles.policyPicker}>
      <span>Bot type</span>
      {/* Named explicitly: the picker is drawn in two panels (start, states table). */}
      <select
        className={`${controlClass} ${styles.inlineSelect}`}
        aria-label="Bot type for new bots"
        value={botPolicy}
        onChange={(e) => setBotPolicy(e.target.value as BotPolicy)}
      >
        {BOT_POLICIES.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className={styles.console}>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <Link href="/" className={styles.brand}>
            Threatscape
          </Link>
          <h1 className={styles.title}>{snapshot.title}</h1>
          <span className={styles.subtitle}>
            {scenario && scenario.name !== snapshot.title ? `${scenario.name} · ` : ""}Instructor
            console
          </span>
        </div>
        <div className={styles.headerRight}>
          <Pill
            tone={
              timing.status === "running" ? "ok" : timing.status === "paused" ? "warn" : undefined
            }
          >
            {statusLabel(timing.status)}
          </Pill>
          <span className={styles.connection} data-status={session.connection} role="status">
            <span className={styles.connectionDot} aria-hidden="true" />
            {CONNECTION_LABEL[session.connection]}
          </span>
          {!inLobby && (
            <span className={styles.headerCode}>
              Code <span aria-label="Join code">{snapshot.joinCode}</span>
            </span>
          )}
          <a
            className={buttonClass("secondary", "small")}
            href={`/screen/${snapshot.joinCode}`}
            target="_blank"
            rel="noreferrer"
          >
            Open projector screen
            <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
          </a>
          {!inLobby && (
            <a
              className={buttonClass("secondary", "small")}
              href={`/review/${gameId}`}
              target="_blank"
              rel="noreferrer"
            >
              {finished ? "Open the debrief" : "Live debrief"}
              <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
            </a>
          )}
        </div>
      </header>

      <ConsoleNotices
        runner={runner}
        connected={session.connection === "connected"}
        finished={finished}
        gameId={gameId}
        fresh={fresh && <FreshSessionNotice gameId={gameId} onDismiss={() => setFresh(false)} />}
      />

      {!inLobby && !finished && (
        <RoundControls timing={timing} clockOffsetMs={session.clockOffsetMs} runner={runner} />
      )}
      {!inLobby && !finished && (
        <OrdersAlerts
          timing={timing}
          dashboard={dashboard}
          names={names}
          autoAdvance={snapshot.settings.advanceWhenAllIn === true}
          runner={runner}
        />
      )}

      {inLobby ? (
        <main className={styles.lobbyGrid}>
          <div className={styles.column}>
            <InvitePanel joinCode={snapshot.joinCode} />
            <StatesTable
              summary={summary}
              seats={snapshot.lobby}
              runner={runner}
              botPolicy={botPolicy}
              inGame={false}
            />
            <UnseatedPanel unseated={snapshot.unseated} seats={snapshot.lobby} runner={runner} />
          </div>
          <div className={styles.column}>
            <StartPanel
              summary={summary}
              empty={empty}
              names={names}
              runner={runner}
              botPolicy={botPolicy}
              botPolicySelect={botPolicySelect}
            />
            <SettingsPanel
              policy={snapshot.settings.dropoutPolicy}
              graceSeconds={snapshot.settings.dropoutGraceSeconds}
              runner={runner}
            />
            <Panel title="Access and secrets">
              <AccessDetails gameId={gameId} />
            </Panel>
          </div>
        </main>
      ) : (
        <main className={styles.gameGrid}>
          <div className={styles.column}>
            <MessageStats dashboard={dashboard} summary={summary} finished={finished} />
            <StatesTable
              summary={summary}
              seats={snapshot.lobby}
              runner={runner}
              botPolicy={botPolicy}
              inGame
              finished={finished}
              ordersDue={timing.phase === "orders" && timing.status !== "finished"}
              actions={botPolicySelect}
            />
            {snapshot.unseated.length > 0 && (
              <UnseatedPanel unseated={snapshot.unseated} seats={snapshot.lobby} runner={runner} />
            )}
            <BotActionsPanel snapshot={snapshot} names={names} />
            <CoalitionsPanel scenario={scenario} view={view} dashboard={dashboard} names={names} />
          </div>
          <div className={styles.column}>
            {!finished && (
              <CrisisPanel
                crises={crises}
                released={view.crisesReleased}
                currentRound={timing.round}
                states={stateOptions}
                actions={actions}
                runner={runner}
              />
            )}
            <NewsFeed news={view.news} names={names} />
            <ForumPanel
              messages={session.messages}
              names={names}
              send={(body) => session.send("public", body)}
              onRefused={(message) => runner.report("Post to the forum", message)}
            />
            <SettingsPanel
              policy={snapshot.settings.dropoutPolicy}
              graceSeconds={snapshot.settings.dropoutGraceSeconds}
              runner={runner}
            />
            <details className={styles.accessDetails}>
              <summary>Access and secrets</summary>
              <AccessDetails gameId={gameId} />
            </details>
          </div>
        </main>
      )}
    </div>
  );
}
