"use client";
// The instructor console for one game: lobby (invite, seats, start), then the round
// controls, the live dashboard, crises, news and the public forum.
import type { Crisis } from "@threatscape/engine";
import Link from "next/link";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { hostStorage } from "~/lib/seat-storage";
import { useLiveSession, type Connection } from "~/lib/live-session";
import { Alert, Button, Field, Panel, Pill, buttonClass, controlClass } from "~/components/ui";
import { AccessDetails, FreshSessionNotice } from "./access-panel";
import { CoalitionsPanel } from "./coalitions-panel";
import { CrisisPanel, type CrisisAction } from "./crisis-panel";
import { emptyPlayableSeats, groupDashboard, plural, statusLabel } from "./format";
import { takeFreshSession } from "./fresh-session";
import { InvitePanel } from "./invite-panel";
import { ForumPanel, NewsFeed } from "./news-forum";
import { RoundControls } from "./round-controls";
import { SettingsPanel } from "./settings-panel";
import { BOT_POLICIES, StatesTable, UnseatedPanel, type BotPolicy } from "./states-table";
import { useCommandRunner } from "./use-command-runner";
import { asInstructorView, asScenario } from "./view";
import styles from "./console.module.css";

const CONNECTION_LABEL: Record<Connection, string> = {
  connecting: "Connecting…",
  connected: "Live",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

/** Reads an instructor link's `#key=` once, stores it and removes it from the address bar. */
function consumeLinkSecret(gameId: string): void {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  const secret = decodeURIComponent(match[1]);
  const existing = hostStorage.get(gameId);
  hostStorage.set(gameId, {
    ...existing,
    instructorSecret: secret,
    joinCode: existing?.joinCode ?? "",
  });
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
}

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

function SecretForm({ gameId, message }: { gameId: string; message: string }) {
  const [secret, setSecret] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!secret.trim()) return;
    const existing = hostStorage.get(gameId);
    hostStorage.set(gameId, {
      ...existing,
      instructorSecret: secret.trim(),
      joinCode: existing?.joinCode ?? "",
    });
    window.location.reload();
  }
  return (
    <main className={styles.gate}>
      <Panel title="Instructor access needed">
        <Alert tone="warn">
          <p>{message}</p>
        </Alert>
        <form className={styles.gateForm} onSubmit={onSubmit}>
          <Field
            label="Instructor secret"
            hint="Shown when the session was created; or open the instructor link instead."
          >
            <input
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Button type="submit" variant="primary">
            Open console
          </Button>
        </form>
        <p>
          <Link href="/">Back to the start page</Link>
        </p>
      </Panel>
    </main>
  );
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
    if (stored && stored.joinCode !== snapshot.joinCode)
      hostStorage.set(gameId, { ...stored, joinCode: snapshot.joinCode });
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
  const view = asInstructorView(snapshot.view);
  const inLobby = timing.status === "lobby";
  const finished = timing.status === "finished";
  const crises: Crisis[] = scenario ? asScenario(scenario).crises : [];
  const empty = emptyPlayableSeats(snapshot.lobby);
  const stateOptions = snapshot.lobby.map((seat) => ({ id: seat.stateId, name: seat.name }));

  const botPolicySelect = (
    <label className={styles.policyPicker}>
      <span>Bot type</span>
      <select
        className={`${controlClass} ${styles.inlineSelect}`}
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
            <span className={styles.srOnly}> (opens in a new tab)</span>
          </a>
          {!inLobby && (
            <a className={buttonClass("secondary", "small")} href={`/review/${gameId}`}>
              {finished ? "Open the debrief" : "Live debrief"}
            </a>
          )}
        </div>
      </header>

      <div className={styles.notices}>
        {fresh && <FreshSessionNotice gameId={gameId} onDismiss={() => setFresh(false)} />}
        {runner.refusal && (
          <Alert
            tone="bad"
            action={
              <Button size="small" variant="ghost" onClick={runner.dismiss}>
                Dismiss
              </Button>
            }
          >
            <p>
              <strong>{runner.refusal.action}</strong> was refused: {runner.refusal.message}
            </p>
            {runner.refusal.issues.length > 0 && (
              <ul>
                {runner.refusal.issues.map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path}</code> {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {session.connection !== "connected" && (
          <Alert tone="warn">
            <p>
              Connection to the classroom server lost: reconnecting. Your commands will work again
              once it is back.
            </p>
          </Alert>
        )}
        {finished && (
          <Alert tone="ok">
            <p>
              <strong>The game is over.</strong> The final coalitions and news are below;{" "}
              <a href={`/review/${gameId}`}>the debrief</a> sets what the class did beside what
              balance-of-threat and balance-of-power theory predicted.
            </p>
          </Alert>
        )}
      </div>

      {!inLobby && !finished && (
        <RoundControls timing={timing} clockOffsetMs={session.clockOffsetMs} runner={runner} />
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
            <Panel title="Start the game">
              <dl className={styles.startFacts}>
                <div>
                  <dt>Students</dt>
                  <dd>{summary.students}</dd>
                </div>
                <div>
                  <dt>States taken</dt>
                  <dd>
                    {summary.seated} / {summary.playable}
                  </dd>
                </div>
                <div>
                  <dt>Empty seats</dt>
                  <dd>{summary.emptySeats}</dd>
                </div>
              </dl>
              <p className={styles.startNote}>
                {summary.emptySeats === 0
                  ? "Every playable state is taken."
                  : `${plural(summary.emptySeats, "empty state")} will be played by bots of the type below. Bots are flagged in every export.`}
              </p>
              <div className={styles.startRow}>
                {botPolicySelect}
                <Button
                  size="small"
                  disabled={empty.length === 0 || runner.pending !== null}
                  onClick={async () => {
                    for (const stateId of empty) {
                      const ok = await runner.run(`Bot for ${names.get(stateId) ?? stateId}`, {
                        command: "set-bot",
                        stateId,
                        policy: botPolicy,
                      });
                      if (!ok) break;
                    }
                  }}
                >
                  Fill empty seats with bots now
                </Button>
              </div>
              <Button
                variant="primary"
                size="large"
                className={styles.startButton}
                disabled={runner.pending !== null}
                onClick={() =>
                  void runner.run("Start game", { command: "start", fillWithBots: botPolicy })
                }
              >
                Start game
              </Button>
            </Panel>
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
            <section className={styles.stats} aria-label="Message volume">
              <div>
                <span className={styles.statValue}>{dashboard?.messages.total ?? 0}</span>
                <span className={styles.statLabel}>messages</span>
              </div>
              <div>
                <span className={styles.statValue}>{dashboard?.messages.byKind.public ?? 0}</span>
                <span className={styles.statLabel}>public forum</span>
              </div>
              <div>
                <span className={styles.statValue}>{dashboard?.messages.byKind.direct ?? 0}</span>
                <span className={styles.statLabel}>private (1:1)</span>
              </div>
              <div>
                <span className={styles.statValue}>{dashboard?.messages.byKind.group ?? 0}</span>
                <span className={styles.statLabel}>group channels</span>
              </div>
              <div>
                <span className={styles.statValue}>
                  {summary.submitted}/{summary.expectedOrders}
                </span>
                <span className={styles.statLabel}>orders in</span>
              </div>
            </section>
            <StatesTable
              summary={summary}
              seats={snapshot.lobby}
              runner={runner}
              botPolicy={botPolicy}
              inGame
              ordersDue={timing.phase === "orders" && timing.status !== "finished"}
              actions={botPolicySelect}
            />
            {snapshot.unseated.length > 0 && (
              <UnseatedPanel unseated={snapshot.unseated} seats={snapshot.lobby} runner={runner} />
            )}
            <CoalitionsPanel scenario={scenario} view={view} dashboard={dashboard} names={names} />
          </div>
          <div className={styles.column}>
            {!finished && (
              <CrisisPanel
                crises={crises}
                released={view.crisesReleased ?? []}
                currentRound={timing.round}
                states={stateOptions}
                actions={actions}
                runner={runner}
              />
            )}
            <NewsFeed news={view.news ?? []} names={names} />
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
