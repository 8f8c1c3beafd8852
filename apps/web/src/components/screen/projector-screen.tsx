"use client";
// The projector: the public view only (the server sends a screen nothing private). Built
// for 1920x1080 read from the back of a room: big type, high contrast, no scrolling.
import { QRCodeSVG } from "qrcode.react";
import { useEffect, useMemo, useState } from "react";
import { CoalitionMap, snapshotFromGame } from "~/components/coalition-map";
import { PHASE_HINTS, plural, timerTone } from "~/components/host/format";
import { useLiveSession } from "~/lib/live-session";
import { roundLabel } from "~/lib/round-label";
import { formatClock, useCountdown } from "~/lib/use-countdown";
import { joinUrl, useJoinAddress } from "~/lib/use-join-address";
import { headlineInWords } from "./headline-words";
import { FinalSlide, RoundSummary } from "./slides";
import styles from "./screen.module.css";
import { ProgressBar } from "~/components/ui";

export function ProjectorScreen({ joinCode }: { joinCode: string }) {
  // The join address needs the browser's origin: render the live screen after mounting.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return <div className={styles.screen} />;
  return <LiveScreen joinCode={joinCode} />;
}

function LiveScreen({ joinCode }: { joinCode: string }) {
  // Where students' devices reach the server, not necessarily this browser's own address.
  const address = useJoinAddress();
  const session = useLiveSession({ role: "screen", joinCode });
  const { snapshot, scenario } = session;
  // The engine's public view (viewFor's public viewer): public treaties and news only.
  const view = snapshot?.view ?? null;
  const { remainingMs, fraction } = useCountdown(snapshot?.timing, session.clockOffsetMs);

  // Recomputed per snapshot (a new pact, a lapsed one); the map memoises its geometry itself.
  const mapSnapshot = useMemo(() => {
    if (!scenario || !view) return null;
    return snapshotFromGame(scenario, view.treaties, null);
  }, [scenario, view]);

  const names = useMemo(
    () => new Map((scenario?.states ?? []).map((s) => [s.id, s.name])),
    [scenario],
  );

  useEffect(() => {
    if (snapshot) document.title = `${snapshot.title} · Projector · Threatscape`;
  }, [snapshot]);

  if (!snapshot || !view) {
    return (
      <main className={styles.screen}>
        <div className={styles.message}>
          {session.accessError ? (
            <>
              <h1>No session with code {joinCode}</h1>
              <p>{session.accessError}</p>
            </>
          ) : (
            <p role="status">Connecting to the classroom server…</p>
          )}
        </div>
      </main>
    );
  }

  const { timing } = snapshot;
  const url = address.origin ? joinUrl(address.origin, snapshot.joinCode) : null;
  const inLobby = timing.status === "lobby";
  const finished = timing.status === "finished";
  const paused = timing.status === "paused";
  const hasTimer =
    !inLobby && !finished && (timing.deadline !== null || timing.remainingMs !== null);
  const tone = timerTone(remainingMs, timing.phaseMs, timing.status);
  const headlines = [...view.news].reverse().slice(0, 6);
  // The news phase shows the round that just resolved (the engine has opened the next one).
  const label = roundLabel(timing);
  const showingResults = !finished && label.resultsRound !== null;
  const blocs = mapSnapshot?.blocs ?? [];
  const students =
    snapshot.lobby.reduce((n, seat) => n + seat.participants.length, 0) + snapshot.unseated.length;
  const taken = snapshot.lobby.filter(
    (seat) => seat.playable && seat.participants.length > 0,
  ).length;
  const playable = snapshot.lobby.filter((seat) => seat.playable).length;

  return (
    <main className={styles.screen} data-status={timing.status}>
      <header className={styles.bar}>
        <div className={styles.barTitle}>
          <span className={styles.brand}>Threatscape</span>
          <h1>{snapshot.title}</h1>
          {scenario && scenario.name !== snapshot.title && (
            <span className={styles.scenario}>{scenario.name}</span>
          )}
        </div>
        <div className={styles.barWhere}>
          <span className={styles.roundLabel}>{label.round}</span>
          {!inLobby && <span className={styles.phaseLabel}>{label.phase}</span>}
          {paused && <span className={styles.pausedTag}>Paused</span>}
        </div>
        {!inLobby && (
          <div className={styles.barCode}>
            Join code <span aria-label="Join code">{snapshot.joinCode}</span>
          </div>
        )}
      </header>

      <div className={styles.body}>
        <section className={styles.mapArea} aria-label="Coalition map">
          {mapSnapshot ? (
            <CoalitionMap
              snapshot={mapSnapshot}
              mode="map"
              height="100%"
              className={styles.map}
              projector
            />
          ) : (
            <p className={styles.message}>Loading the map…</p>
          )}
        </section>

        <aside className={styles.side}>
          {inLobby ? (
            <section className={styles.joinCard} aria-label="How to join">
              <p className={styles.joinLead}>Join at</p>
              <p className={styles.joinHost} data-testid="join-host">
                {address.host ?? "…"}
              </p>
              <p className={styles.joinLead}>with the code</p>
              <p className={styles.joinCode} aria-label="Join code">
                {snapshot.joinCode}
              </p>
              {url ? (
                <div className={styles.qrBox}>
                  <QRCodeSVG
                    value={url}
                    size={260}
                    marginSize={2}
                    title={`QR code for ${url}`}
                    data-testid="join-qr"
                  />
                </div>
              ) : null}
              <p className={styles.joinCount} role="status">
                {plural(students, "student")} joined · {taken} of {playable} states taken
              </p>
            </section>
          ) : finished ? (
            <FinalSlide joinCode={snapshot.joinCode} blocs={blocs} names={names} />
          ) : (
            <section className={styles.timerCard} aria-label="Timer">
              <p className={styles.timerPhase}>{PHASE_HINTS[timing.phase]}</p>
              <p className={styles.clock} data-tone={tone} role="timer">
                {hasTimer ? formatClock(remainingMs) : "--:--"}
              </p>
              <ProgressBar
                className={styles.progress}
                value={fraction ?? 0}
                label="Phase time left"
                tone={tone}
              />
            </section>
          )}

          {showingResults && (
            <RoundSummary
              round={label.resultsRound ?? 1}
              news={view.news}
              blocs={blocs}
              names={names}
            />
          )}
          {!inLobby && !finished && !showingResults && (
            <section className={styles.headlines} aria-label="Headlines">
              <h2>Headlines</h2>
              {headlines.length === 0 ? (
                <p className={styles.noNews}>No news yet.</p>
              ) : (
                <ol>
                  {headlines.map((item, index) => (
                    <li key={`${item.round}-${index}`} data-latest={index === 0}>
                      <span className={styles.newsRound}>Round {item.round}</span>
                      <span>
                        {headlineInWords(item.headline, names)}
                        {item.crisis?.description ? (
                          <span className={styles.newsDescription}> {item.crisis.description}</span>
                        ) : null}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </aside>
      </div>
    </main>
  );
}
