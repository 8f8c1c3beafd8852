import { ConnectionBadge } from "~/components/connection-badge";
import { LandingActions } from "~/components/host/landing-actions";

export default function LandingPage() {
  return (
    <main className="landing">
      <header className="landing-header">
        <p className="eyebrow">Classroom simulation of alliance politics</p>
        <h1>Threatscape</h1>
        <p className="lede">
          Students run states, negotiate trade pacts and security alliances in timed rounds, and
          watch the world re-form on a live coalition map. The debrief sets what the class did
          beside what Stephen Walt&apos;s balance-of-threat theory, and balance-of-power theory as
          its foil, predicted.
        </p>
        <ConnectionBadge />
      </header>
      <LandingActions />
      <section className="theory" aria-labelledby="theory-heading">
        <h2 id="theory-heading">States ally against threat, not power alone</h2>
        <ul className="sources">
          <li>
            <strong>Aggregate power</strong>
            <span>population, industry, economy</span>
          </li>
          <li>
            <strong>Proximity</strong>
            <span>power fades with distance, unless bases bring it close</span>
          </li>
          <li>
            <strong>Offensive capability</strong>
            <span>forces, posture and mobilisation</span>
          </li>
          <li>
            <strong>Offensive intentions</strong>
            <span>read from threats, demands, sanctions and attacks</span>
          </li>
        </ul>
      </section>
    </main>
  );
}
