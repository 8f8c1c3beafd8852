"use client";
import type { NewsItem } from "@threatscape/engine";
import styles from "./panel.module.css";

type CrisisCard = { id: string; headline: string; description: string };

/**
 * The crisis cards: every crisis released so far, from the live news (a crisis's news item
 * carries its description), plus any the scenario sent on join (older servers' games).
 */
export function crisisCards(news: readonly NewsItem[], crises: readonly CrisisCard[] = []) {
  const cards = new Map<string, CrisisCard>();
  for (const c of crises)
    cards.set(c.id, { id: c.id, headline: c.headline, description: c.description });
  news.forEach((item, index) => {
    if (!item.crisis) return;
    const id = item.crisis.id ?? `ad-hoc-${index}`;
    cards.set(id, { id, headline: item.headline, description: item.crisis.description });
  });
  return [...cards.values()];
}

/** The news feed, newest first, grouped by round; private items (only my state sees) marked. */
export function NewsPanel({
  news,
  crises: scenarioCrises,
}: {
  news: NewsItem[];
  crises?: CrisisCard[];
}) {
  const crises = crisisCards(news, scenarioCrises);
  const byRound = new Map<number, NewsItem[]>();
  for (const item of [...news].reverse())
    byRound.set(item.round, [...(byRound.get(item.round) ?? []), item]);
  const rounds = [...byRound.keys()].sort((a, b) => b - a);
  return (
    <div>
      <h2 className={styles.panelTitle}>News</h2>
      <p className={styles.panelIntro}>
        Newest first. Items marked “private” are seen only by the states involved.
      </p>
      {crises && crises.length ? (
        <>
          <h3 className={styles.sectionTitle}>Crises</h3>
          <ul className={`${styles.list} ${styles.listSpaced}`}>
            {crises.map((c) => (
              <li key={c.id} className={styles.card} data-attention="true">
                <h4 className={styles.cardTitle}>{c.headline}</h4>
                {c.description ? (
                  <p className={`${styles.small} ${styles.noteLine}`}>{c.description}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rounds.length === 0 ? (
        <p className={styles.empty}>No news yet.</p>
      ) : (
        rounds.map((round) => (
          <section key={round} aria-labelledby={`news-round-${round}`}>
            <h3 id={`news-round-${round}`} className={styles.newsRound}>
              {round === 0 ? "Before the game" : `Round ${round}`}
            </h3>
            <ul className={`${styles.list} ${styles.listTight}`}>
              {(byRound.get(round) ?? []).map((item, i) => (
                <li key={i} className={styles.newsItem} data-private={item.visibleTo !== null}>
                  {item.headline}
                  {item.crisis?.description ? (
                    <span className={styles.small}> {item.crisis.description}</span>
                  ) : null}
                  {item.visibleTo !== null ? (
                    <>
                      {" "}
                      <span className={styles.tag} data-tone="accent">
                        private
                      </span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
