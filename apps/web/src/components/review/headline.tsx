// The debrief's first screen: how well each theory did against a baseline, and which one
// the class followed where they disagreed.
import { categoryLabel, fixed, kappaReading, mcnemarSentence, percent } from "./analysis";
import type { Report } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";

export function HeadlineCards({ report }: { report: Report }) {
  const d = report.debrief;
  const disc = d.discriminating;
  const baselineTarget = d.baseline.target
    ? ` ${d.baseline.category === "BANDWAGON" ? "with" : "vs"} ${d.baseline.target}`
    : "";
  if (d.cases === 0)
    return (
      <section className={styles.section} aria-labelledby="headline-heading">
        <h3 id="headline-heading">Outcomes against the theories</h3>
        <p className={styles.muted}>
          No round has been scored yet. Predictions are logged when a round opens and scored when it
          resolves; this page fills in by itself as the game goes on.
        </p>
      </section>
    );
  return (
    <section aria-labelledby="headline-heading">
      <h3 id="headline-heading" className={styles.srOnly}>
        Outcomes against the theories
      </h3>
      <div className={analysisStyles.cards}>
        <div className={analysisStyles.card}>
          <span className={analysisStyles.cardLabel}>Cases</span>
          <span className={analysisStyles.cardValue}>{d.cases}</span>
          <span className={analysisStyles.cardNote}>
            state-rounds over {report.rounds.length} scored round
            {report.rounds.length === 1 ? "" : "s"}
          </span>
        </div>
        <div className={analysisStyles.card} data-tone="bot">
          <span className={analysisStyles.cardLabel}>Balance of threat</span>
          <span className={analysisStyles.cardValue}>{percent(d.accuracy.balanceOfThreat)}</span>
          <span className={analysisStyles.cardNote}>
            κ = {fixed(d.kappa.balanceOfThreat)} ({kappaReading(d.kappa.balanceOfThreat)})
          </span>
        </div>
        <div className={analysisStyles.card} data-tone="bop">
          <span className={analysisStyles.cardLabel}>Balance of power</span>
          <span className={analysisStyles.cardValue}>{percent(d.accuracy.balanceOfPower)}</span>
          <span className={analysisStyles.cardNote}>
            κ = {fixed(d.kappa.balanceOfPower)} ({kappaReading(d.kappa.balanceOfPower)})
          </span>
        </div>
        <div className={analysisStyles.card} data-tone="base">
          <span className={analysisStyles.cardLabel}>Majority baseline</span>
          <span className={analysisStyles.cardValue}>{percent(d.accuracy.baseline)}</span>
          <span className={analysisStyles.cardNote}>
            always “{categoryLabel(d.baseline.category)}
            {baselineTarget}”; random {percent(d.accuracy.random)}
          </span>
        </div>
        <div className={analysisStyles.card}>
          <span className={analysisStyles.cardLabel}>Discriminating cases</span>
          <span className={analysisStyles.cardValue}>{disc.cases}</span>
          <span className={analysisStyles.cardNote}>
            BoT {percent(disc.balanceOfThreat)} · BoP {percent(disc.balanceOfPower)} here
          </span>
        </div>
      </div>
      <p className={analysisStyles.verdict}>{mcnemarSentence(disc)}</p>
      <p className={styles.small}>
        Accuracy scores 1 when a prediction gets both the category and the target right and ½ when
        only the category; κ is Cohen&apos;s kappa on categories (chance-corrected). Discriminating
        cases are the state-rounds where the two theories predicted differently.
      </p>
    </section>
  );
}
