"use client";
// The projector's slides (issue 13, defect 5): after each resolution a round summary (that
// round's headlines in words and the blocs now), and at the end the final blocs with the
// class's theory scorecard (review.scorecard, the debrief's own analysis). Blocs are the
// engine's (gameBlocs), numbered and coloured as the map and the debrief show them.
import type { NewsItem } from "@threatscape/engine";
import { useQuery } from "@tanstack/react-query";
import type { CoalitionBloc } from "~/components/coalition-map";
import { blocStyle } from "~/components/coalition-map/palette";
import { mcnemarSentence, percent } from "~/components/review/analysis";
import { useTRPC } from "~/lib/trpc";
import { headlineInWords } from "./headline-words";
import styles from "./slides.module.css";

type Names = ReadonlyMap<string, string>;

/** Blocs of two or more, each with its number on its map colour and full state names. */
export function BlocList({ blocs, names }: { blocs: readonly CoalitionBloc[]; names: Names }) {
  const real = blocs.filter((b) => b.members.length >= 2);
  if (real.length === 0)
    return <p className={styles.noNews}>No blocs: every state stands alone.</p>;
  return (
    <ul className={styles.blocList} aria-label="Blocs">
      {real.map((bloc) => {
        const style = blocStyle(bloc.number);
        return (
          <li key={bloc.id}>
            <span
              className={styles.blocBadge}
              style={{ background: style.colour, color: style.text }}
              aria-label={`Bloc ${bloc.number}`}
            >
              {bloc.number}
            </span>
            <span className={styles.blocMembers}>
              {bloc.members.map((id) => names.get(id) ?? id).join(", ")}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Shown through the news phase: what the round that just resolved did. */
export function RoundSummary({
  round,
  news,
  blocs,
  names,
}: {
  round: number;
  news: readonly NewsItem[];
  blocs: readonly CoalitionBloc[];
  names: Names;
}) {
  const items = news.filter((item) => item.round === round);
  return (
    <section className={styles.slide} aria-labelledby="round-summary">
      <h2 id="round-summary" className={styles.slideTitle}>
        Round {round} results
      </h2>
      {items.length === 0 ? (
        <p className={styles.noNews}>A quiet round: no public news.</p>
      ) : (
        <ol className={styles.slideNews} aria-label={`Round ${round} headlines`}>
          {items.slice(-5).map((item, i) => (
            <li key={i}>{headlineInWords(item.headline, names)}</li>
          ))}
        </ol>
      )}
      <h3 className={styles.slideSub}>Blocs now</h3>
      <BlocList blocs={blocs} names={names} />
    </section>
  );
}

/** The last slide: final blocs and how the class's choices scored against the two theories. */
export function FinalSlide({
  joinCode,
  blocs,
  names,
}: {
  joinCode: string;
  blocs: readonly CoalitionBloc[];
  names: Names;
}) {
  const trpc = useTRPC();
  const card = useQuery(trpc.review.scorecard.queryOptions({ joinCode }));
  return (
    <section className={styles.slide} aria-labelledby="final-slide">
      <h2 id="final-slide" className={styles.slideTitle}>
        Game over: final blocs
      </h2>
      <BlocList blocs={blocs} names={names} />
      <h3 className={styles.slideSub}>The class against the theories</h3>
      {card.data ? (
        card.data.cases === 0 ? (
          <p className={styles.noNews}>No round was scored, so there is nothing to compare.</p>
        ) : (
          <>
            <dl className={styles.scorecard} aria-label="Theory scorecard">
              <div data-tone="bot">
                <dt>Balance of threat</dt>
                <dd>{percent(card.data.accuracy.balanceOfThreat)}</dd>
              </div>
              <div data-tone="bop">
                <dt>Balance of power</dt>
                <dd>{percent(card.data.accuracy.balanceOfPower)}</dd>
              </div>
              <div>
                <dt>Majority baseline</dt>
                <dd>{percent(card.data.accuracy.baseline)}</dd>
              </div>
            </dl>
            <p className={styles.verdict}>
              Predictions right over {card.data.cases} state-rounds.{" "}
              {mcnemarSentence(card.data.discriminating)}
            </p>
          </>
        )
      ) : (
        <p className={styles.noNews} role="status">
          {card.isError ? "The scorecard could not be loaded." : "Scoring the game…"}
        </p>
      )}
    </section>
  );
}
